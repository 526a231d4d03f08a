package cn.jixiao.report.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The finance bureau reads every agency's report; a department reads and writes only its own. */
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

    public void requireOwnAgency(String agencyCode) {
        if (!identity.hasRole(Roles.DEPARTMENT) || !agencyCode.equals(token.getClaim("agencyCode"))) {
            throw new ForbiddenException("agency " + agencyCode + " is not the caller's");
        }
    }

    public String caller() {
        return identity.getPrincipal().getName();
    }

    /** The caller's bearer token, forwarded to the other services so that their own access rules apply. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
