package cn.jixiao.budget.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Decides whether the caller may read one agency's data: the finance bureau may, a department only its own. */
@RequestScoped
public class AgencyAccess {

    public static final String AGENCY_CLAIM = "agencyCode";

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
        String own = token.getClaim(AGENCY_CLAIM);
        if (identity.hasRole(Roles.DEPARTMENT) && agencyCode.equals(own)) {
            return;
        }
        throw new ForbiddenException("department " + own + " may not read agency " + agencyCode);
    }
}
