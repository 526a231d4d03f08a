package cn.jixiao.report.security;

import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.jixiao.report.api.Characters;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

/** The finance bureau reads every agency's report; a department reads and writes only its own. */
@RequestScoped
public class AgencyAccess {

    private static final String AGENCY_CLAIM = "agencyCode";
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z]{3,32}");
    private static final int MAX_CALLER = 100;

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AgencyAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public void requireReadable(String agencyCode) {
        if (!identity.hasRole(Roles.FINANCE_BUREAU)) {
            requireOwnAgency(agencyCode);
        }
    }

    public void requireOwnAgency(String agencyCode) {
        if (!identity.hasRole(Roles.DEPARTMENT) || !agencyCode.equals(agencyClaim())) {
            throw new ForbiddenException("agency " + agencyCode + " is not the caller's");
        }
    }

    /**
     * The token's {@code agencyCode} claim if it is a single string shaped like an agency code (3–32 letters or
     * digits), else null: an array, a number, an object, an empty, overlong or control-character claim names no agency,
     * so the department is refused (403) rather than the request failing.
     */
    String agencyClaim() {
        Object claim;
        try {
            claim = token.getClaim(AGENCY_CLAIM);
        } catch (RuntimeException e) {
            return null;
        }
        String code = claim instanceof String text ? text
                : claim instanceof JsonString json ? json.getString() : null;
        return code != null && AGENCY_CODE.matcher(code).matches() ? code : null;
    }

    /** The principal name recorded as updatedBy, actor and publishedBy (at most 100 characters, no controls). */
    public String caller() {
        String name = identity.getPrincipal().getName();
        if (name == null || name.isEmpty() || name.length() > MAX_CALLER
                || Characters.firstForbidden(name, false) >= 0) {
            throw new ForbiddenException("the token's principal name cannot be recorded");
        }
        return name;
    }

    /** The caller's bearer token, forwarded to the other services so that their own access rules apply. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
