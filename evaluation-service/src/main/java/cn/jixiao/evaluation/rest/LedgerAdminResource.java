package cn.jixiao.evaluation.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.ledger.AgencyQuarantine;
import cn.jixiao.evaluation.ledger.RebuildJob;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operations on the ledger view: rebuild it from the topic's beginning; see, retry or skip quarantined agencies. */
@Path("/api/v1/admin/ledger")
@Tag(name = "admin", description = "Operator actions")
@RolesAllowed(Roles.FINANCE_BUREAU)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerAdminResource {

    /** The operator's decision to skip the event that blocks a quarantined agency. */
    public record SkipRequest(Long sequence, String reason) {
    }

    private final RebuildJob rebuild;
    private final AgencyQuarantine quarantine;
    private final SecurityIdentity caller;

    LedgerAdminResource(RebuildJob rebuild, AgencyQuarantine quarantine, SecurityIdentity caller) {
        this.rebuild = rebuild;
        this.quarantine = quarantine;
        this.caller = caller;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Start rebuilding all aggregates and scores from the beginning of budget.ledger.v1 (202; "
            + "409 while one runs); its progress is GET …/rebuild")
    public Response rebuild() {
        RebuildJob.Status started = rebuild.start();
        if (started == null) {
            throw InputRejected.conflict("已有一次重建正在进行，请等待其完成后再试。", List.of());
        }
        return Response.accepted(started).location(URI.create("/api/v1/admin/ledger/rebuild")).build();
    }

    @GET
    @Path("/rebuild")
    @Operation(summary = "The last rebuild of this instance: IDLE, RUNNING, DONE (with its result) or FAILED")
    public RebuildJob.Status rebuildStatus() {
        return rebuild.status();
    }

    @GET
    @Path("/quarantine")
    @Operation(summary = "Agencies whose ledger events wait because one could not be applied, with the reason")
    public List<AgencyQuarantine.Entry> quarantined() {
        return quarantine.list();
    }

    @POST
    @Path("/quarantine/{agencyCode}/retry")
    @Operation(summary = "Apply the agency's parked events again, in order; stops at the first that fails again")
    public AgencyQuarantine.Released retry(@PathParam("agencyCode") String agencyCode) {
        return quarantine.release(agencyCode);
    }

    @POST
    @Path("/quarantine/{agencyCode}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skip the blocking event (to the dead-letter topic, recorded with the reason), then retry")
    public AgencyQuarantine.Released skip(@PathParam("agencyCode") String agencyCode, SkipRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.sequence() == null || request.sequence() < 1) {
            errors.add(new FieldError("sequence", "REQUIRED", "须给出被隔离事件的序号（正整数）"));
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "REQUIRED", "须说明跳过该事件的理由"));
        } else if (request.reason().length() > 500 || request.reason().chars().anyMatch(c -> c < 0x20)) {
            errors.add(new FieldError("reason", "INVALID", "理由不得超过 500 个字符，且不得含控制字符"));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        return quarantine.skip(agencyCode, request.sequence(), request.reason().strip(),
                caller.getPrincipal().getName());
    }
}
