package cn.jixiao.platform.security;

import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.jixiao.platform.json.TextCharacters;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

/**
 * Who may touch one agency's data, in every service: the finance bureau reads every agency; a department reads and
 * writes only the agency named in its token's {@value #AGENCY_CLAIM} claim. The claim must be a string shaped like an
 * agency code as budget-service accepts it; a missing, overlong, array, number or object claim is refused with 403
 * ({@link MalformedAgencyClaim}), never a failure.
 */
@RequestScoped
public class AgencyAccess {

    public static final String AGENCY_CLAIM = "agencyCode";
    /** What an agency code is, in a token claim, a path or a request body: 3 to 32 letters or digits. */
    public static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z]{3,32}");
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

    /** Department inputs are written by the department itself, never on its behalf. */
    public void requireOwnAgency(String agencyCode) {
        if (!identity.hasRole(Roles.DEPARTMENT)) {
            throw new ForbiddenException("role may not access agency data");
        }
        String own = ownAgency();
        if (!own.equals(agencyCode)) {
            throw new ForbiddenException("department " + own + " may not access agency " + agencyCode);
        }
    }

    /** The department's own agency code from its token; 403 when the claim is missing or malformed. */
    public String ownAgency() {
        Object claim;
        try {
            claim = token.getClaim(AGENCY_CLAIM);
        } catch (RuntimeException e) {
            throw new MalformedAgencyClaim();
        }
        String code = claim instanceof String text ? text : claim instanceof JsonString json ? json.getString() : null;
        if (code == null || !AGENCY_CODE.matcher(code).matches()) {
            throw new MalformedAgencyClaim();
        }
        return code;
    }

    /**
     * The caller's name as recorded with what it writes (at most 100 characters, no control characters): a name from
     * the identity provider that cannot be stored is refused with 403 rather than failing the write.
     */
    public String caller() {
        String name = identity.getPrincipal().getName();
        if (name == null || name.isEmpty() || name.length() > MAX_CALLER
                || TextCharacters.firstForbidden(name, false) >= 0) {
            throw new ForbiddenException("the token's principal name cannot be recorded");
        }
        return name;
    }

    /** The caller's bearer token, forwarded to other services so that their own access rules apply. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
