package cn.jixiao.budget.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.budget.api.AssetSnapshotRequest;
import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.BatchResult;
import cn.jixiao.budget.service.AssetSnapshotIngest;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/asset-snapshots")
@Tag(name = "ingest", description = "Finance systems push the ledger (role finance-system)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FINANCE_SYSTEM)
public class AssetSnapshotResource {

    private final AssetSnapshotIngest ingest;

    AssetSnapshotResource(AssetSnapshotIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Operation(summary = "Record one of the fixed-asset snapshots; resending the same content is a harmless duplicate")
    public Response one(AssetSnapshotRequest item) {
        return IngestResponses.single(ingest.one(item));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Record up to 5,000 fixed-asset snapshots, all or nothing")
    public BatchResult batch(Batch<AssetSnapshotRequest> batch) {
        return IngestResponses.batch(ingest.batch(batch));
    }
}
