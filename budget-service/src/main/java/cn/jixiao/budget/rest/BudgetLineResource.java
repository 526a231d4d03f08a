package cn.jixiao.budget.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.BatchResult;
import cn.jixiao.budget.api.BudgetLineRequest;
import cn.jixiao.budget.service.BudgetLineIngest;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/budget-lines")
@Tag(name = "ingest", description = "Finance systems push the ledger (role finance-system)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FINANCE_SYSTEM)
public class BudgetLineResource {

    private final BudgetLineIngest ingest;

    BudgetLineResource(BudgetLineIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Operation(summary = "Record one of the budget lines (预算指标) and adjustments; resending the same content is a harmless duplicate")
    public Response one(BudgetLineRequest item) {
        return IngestResponses.single(ingest.one(item));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Record up to 5,000 budget lines (预算指标) and adjustments, all or nothing")
    public BatchResult batch(Batch<BudgetLineRequest> batch) {
        return IngestResponses.batch(ingest.batch(batch));
    }
}
