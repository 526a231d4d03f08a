package cn.jixiao.evaluation.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may touch one agency's scores and inputs: the finance bureau reads every agency and reviews assessments; a
 * department reads and writes only the agency named in its token's {@code agencyCode} claim.
 */
@RequestScoped
public class AgencyAccess {

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
        String own = token.getClaim("agencyCode");
        if (!identity.hasRole(Roles.DEPARTMENT) || !agencyCode.equals(own)) {
            throw new ForbiddenException("agency " + agencyCode + " is not the caller's");
        }
    }

    public String caller() {
        return identity.getPrincipal().getName();
    }
}
