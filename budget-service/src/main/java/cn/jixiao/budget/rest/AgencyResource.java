package cn.jixiao.budget.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.budget.api.AgencyRequest;
import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.BatchResult;
import cn.jixiao.budget.service.AgencyRegistry;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/agencies")
@Tag(name = "ingest", description = "Finance systems push the ledger (role finance-system)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FINANCE_SYSTEM)
public class AgencyResource {

    private final AgencyRegistry registry;

    AgencyResource(AgencyRegistry registry) {
        this.registry = registry;
    }

    @PUT
    @Path("/{agencyCode}")
    @Operation(summary = "Register an agency or update its name, region and staffing")
    public Response put(@PathParam("agencyCode") String agencyCode, AgencyRequest body) {
        return IngestResponses.single(registry.put(agencyCode, body));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Register or update up to 5,000 agencies, all or nothing")
    public BatchResult batch(Batch<AgencyRequest> batch) {
        return IngestResponses.batch(registry.batch(batch));
    }
}
