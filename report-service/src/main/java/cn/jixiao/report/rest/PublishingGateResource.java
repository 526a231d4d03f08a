package cn.jixiao.report.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import cn.jixiao.report.api.GateView;
import cn.jixiao.report.service.PublishingGates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A region's publishing gate: the finance bureau decides whether error findings block submit and publish. */
@Path("/api/v1/regions/{mofDivCode}/publishing-gate")
@Tag(name = "publishing-gate", description = "Whether error findings block submitting and publishing, per region")
@Produces(MediaType.APPLICATION_JSON)
public class PublishingGateResource {

    private final AgencyAccess access;
    private final PublishingGates gates;

    PublishingGateResource(AgencyAccess access, PublishingGates gates) {
        this.access = access;
        this.gates = gates;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "The region's gate (advisory unless the bureau set it)")
    public GateView gate(@PathParam("mofDivCode") String mofDivCode) {
        return gates.view(Params.mofDivCode(mofDivCode));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Set whether error findings block submit and publish in the region (finance bureau)")
    public GateView set(@PathParam("mofDivCode") String mofDivCode, GateView.GateRequest request) {
        return gates.set(Params.mofDivCode(mofDivCode), request, access.caller());
    }
}
