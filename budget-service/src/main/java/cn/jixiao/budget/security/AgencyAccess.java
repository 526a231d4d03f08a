package cn.jixiao.budget.security;

import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

/**
 * Decides whether the caller may read one agency's data: the finance bureau may, a department only its own. A
 * department token's {@code agencyCode} claim must be a string of 3 to 32 letters and digits (an agency code as the
 * ledger accepts it); anything else (too long, an array, a number, an object, control characters) is refused with 403.
 */
@RequestScoped
public class AgencyAccess {

    public static final String AGENCY_CLAIM = "agencyCode";
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z]{3,32}");

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AgencyAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public void requireReadable(String agencyCode) {
        if (identity.hasRole(Roles.FINANCE_BUREAU)) {
            return;
        }
        if (!identity.hasRole(Roles.DEPARTMENT)) {
            throw new ForbiddenException("role may not read agency data");
        }
        String own = ownAgency();
        if (own == null) {
            throw new MalformedAgencyClaim();
        }
        if (!own.equals(agencyCode)) {
            throw new ForbiddenException("department " + own + " may not read agency " + agencyCode);
        }
    }

    /** The department's agency code from its token, or null when the claim is missing or malformed. */
    private String ownAgency() {
        Object claim;
        try {
            claim = token.getClaim(AGENCY_CLAIM);
        } catch (RuntimeException e) {
            return null;
        }
        String code = claim instanceof String text ? text : claim instanceof JsonString json ? json.getString() : null;
        return code != null && AGENCY_CODE.matcher(code).matches() ? code : null;
    }
}
