package cn.jixiao.evaluation.security;

import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

/**
 * Who may touch one agency's scores and inputs: the finance bureau reads every agency and reviews assessments; a
 * department reads and writes only the agency named in its token's {@code agencyCode} claim.
 *
 * <p>The claim must be a string of 3 to 32 letters and digits, as budget-service accepts agency codes (the column is
 * 32 characters wide).
 * A department token whose claim is missing, longer, an array, a number, an object or holds anything else is refused
 * with 403, like a token of another agency.
 */
@RequestScoped
public class AgencyAccess {

    /** What an agency code may be, in a token claim or in a path. */
    public static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z]{3,32}");

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
        if (!identity.hasRole(Roles.DEPARTMENT) || !ownAgency().equals(agencyCode)) {
            throw new ForbiddenException("agency " + agencyCode + " is not the caller's");
        }
    }

    /** The department's own agency code from its token; 403 when the claim is missing or malformed. */
    public String ownAgency() {
        Object claim = token.getClaim("agencyCode");
        String own = claim instanceof String text ? text : claim instanceof JsonString json ? json.getString() : null;
        if (own == null || !AGENCY_CODE.matcher(own).matches()) {
            throw new ForbiddenException("malformed agencyCode claim");
        }
        return own;
    }

    /**
     * The caller's name as recorded with an assessment or review (100 characters at most, no control characters):
     * an identity provider's name that cannot be stored is refused with 403 rather than failing the write.
     */
    public String caller() {
        String name = identity.getPrincipal().getName();
        if (name == null || name.isEmpty() || name.length() > 100 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ForbiddenException("caller name cannot be recorded");
        }
        return name;
    }
}
