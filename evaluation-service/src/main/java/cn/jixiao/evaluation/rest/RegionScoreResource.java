package cn.jixiao.evaluation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.api.ScoreSummary;
import cn.jixiao.evaluation.service.ScoreQuery;
import cn.jixiao.evaluation.stream.ScoreStream;
import cn.jixiao.platform.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The finance bureau's overview of a region's year: every agency's total, grade and execution rate. */
@Path("/api/v1/years/{fiscalYear}/scores")
@Tag(name = "scores", description = "Indicator scores, totals and grades")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FINANCE_BUREAU)
public class RegionScoreResource {

    private final ScoreQuery scores;
    private final ScoreStream stream;

    RegionScoreResource(ScoreQuery scores, ScoreStream stream) {
        this.scores = scores;
        this.stream = stream;
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: every change of total or grade in the region's year")
    public Multi<ScoreChange> stream(@PathParam("fiscalYear") int fiscalYear, @QueryParam("mofDivCode") String mofDivCode) {
        return stream.ofRegion(mofDivCode == null ? null : Params.code("mofDivCode", mofDivCode, 9),
                Params.year(fiscalYear));
    }

    @GET
    @Operation(summary = "Every agency of a region with total, grade, execution rate and asOf (finance bureau)")
    public List<ScoreSummary> region(@PathParam("fiscalYear") int fiscalYear, @QueryParam("mofDivCode") String mofDivCode,
            @QueryParam("sort") @DefaultValue("total") String sort, @QueryParam("order") @DefaultValue("desc") String order) {
        Params.year(fiscalYear);
        if (mofDivCode != null) {
            Params.code("mofDivCode", mofDivCode, 9);
        }
        ScoreQuery.Sort by = switch (sort) {
            case "executionRate" -> ScoreQuery.Sort.EXECUTION_RATE;
            case "agencyCode" -> ScoreQuery.Sort.AGENCY;
            default -> ScoreQuery.Sort.TOTAL;
        };
        return scores.region(fiscalYear, mofDivCode, by, !"asc".equals(order));
    }
}
