package cn.jixiao.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.evaluation.ledger.LedgerRebuild;
import cn.jixiao.evaluation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operations on the ledger view: rebuild it from the topic's beginning. */
@Path("/api/v1/admin/ledger")
@Tag(name = "admin", description = "Operator actions")
@RolesAllowed(Roles.FINANCE_BUREAU)
public class LedgerAdminResource {

    private final LedgerRebuild rebuild;

    LedgerAdminResource(LedgerRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild all aggregates and scores from the beginning of budget.ledger.v1")
    public LedgerRebuild.Result rebuild() {
        return rebuild.run();
    }
}
