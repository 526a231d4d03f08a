package cn.jixiao.evaluation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.service.ScoreQuery;
import cn.jixiao.evaluation.stream.ScoreStream;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}/scores")
@Tag(name = "scores", description = "Indicator scores, totals and grades")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyScoreResource {

    private final AgencyAccess access;
    private final ScoreQuery scores;
    private final ScoreStream stream;

    AgencyScoreResource(AgencyAccess access, ScoreQuery scores, ScoreStream stream) {
        this.access = access;
        this.scores = scores;
        this.stream = stream;
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "Server-sent events: every change of this agency-year's total or grade, as it happens")
    public Multi<ScoreChange> stream(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return stream.ofAgency(agencyCode, fiscalYear);
    }

    @GET
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "The indicator tree with measured values, scores and explanations; total, grade, asOf")
    public ScoreView scores(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return scores.scores(id)
                .orElseThrow(() -> Refusal.notFound("预算单位 " + agencyCode + " 的 " + fiscalYear + " 年度尚无评分数据"));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "Every change of the total or grade over the year")
    public List<ScoreChange> history(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return scores.history(id);
    }
}
