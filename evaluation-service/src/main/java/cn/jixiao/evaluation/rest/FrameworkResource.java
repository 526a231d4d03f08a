package cn.jixiao.evaluation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.api.TextRules;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.service.FrameworkCatalog;
import cn.jixiao.evaluation.service.ScoreService;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Indicator frameworks as documents (docs/frameworks.md), published by the finance bureau. */
@Path("/api/v1/frameworks")
@Tag(name = "frameworks", description = "Indicator frameworks per region and year")
@RolesAllowed(Roles.FINANCE_BUREAU)
public class FrameworkResource {

    private final FrameworkCatalog catalog;
    private final ScoreService scores;

    FrameworkResource(FrameworkCatalog catalog, ScoreService scores) {
        this.catalog = catalog;
        this.scores = scores;
    }

    @PUT
    @Path("/{id}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate and store a framework version; a version used for scoring is immutable")
    public Response store(@PathParam("id") String id, @PathParam("version") String version, String document) {
        Params.code("id", id, 64);
        Params.code("version", version, 32);
        requireCleanText(document);
        FrameworkCatalog.StoreResult result = catalog.store(id, version, document);
        if (result.immutable()) {
            throw InputRejected.conflict("指标体系 " + id + " 的版本 " + version + " 已用于评分，不可修改；请发布新版本。",
                    List.of(new FieldError("version", "IMMUTABLE", "该版本已用于评分")));
        }
        if (!result.errors().isEmpty()) {
            throw InputRejected.framework(result.errors());
        }
        return Response.status(result.created() ? 201 : 200).build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "A stored framework document")
    public String document(@PathParam("id") String id, @PathParam("version") String version) {
        Params.code("id", id, 64);
        Params.code("version", version, 32);
        String document = catalog.document(id, version);
        if (document == null) {
            throw Refusal.notFound("指标体系 " + id + " 没有版本 " + version);
        }
        return document;
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a draft framework document against one agency-year's current data; nothing is stored")
    public ScoreView preview(@QueryParam("agencyCode") String agencyCode, @QueryParam("fiscalYear") Integer fiscalYear,
            String document) {
        if (fiscalYear == null) {
            throw InputRejected.badParameter("fiscalYear", "预算年度为必填参数");
        }
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        requireCleanText(document);
        return scores.preview(id, document);
    }

    /** Body of an assignment: which stored version scores the region's year. */
    public record Assignment(String frameworkId, String version) {
    }

    @PUT
    @Path("/assignments/{mofDivCode}/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the framework version that scores a region's year ('*' for every region); "
            + "the region's scores are recalculated with it at once")
    public Response assign(@PathParam("mofDivCode") String mofDivCode, @PathParam("fiscalYear") int fiscalYear,
            Assignment assignment) {
        if (!FrameworkCatalog.ANY_REGION.equals(mofDivCode) && !mofDivCode.matches("\\d{6}|\\d{9}")) {
            throw InputRejected.badParameter("mofDivCode", "财政区划编码须为 6 位或 9 位数字，或 * 表示所有区划");
        }
        Params.year(fiscalYear);
        if (assignment != null && (tooLong(assignment.frameworkId(), 64) || tooLong(assignment.version(), 32))) {
            throw InputRejected.invalid(List.of(new FieldError("version", "UNKNOWN_FRAMEWORK", "指定的指标体系版本不存在")));
        }
        if (assignment == null || !catalog.assign(mofDivCode, fiscalYear, assignment.frameworkId(),
                assignment.version())) {
            throw InputRejected.invalid(List.of(new FieldError("version", "UNKNOWN_FRAMEWORK", "指定的指标体系版本不存在")));
        }
        scores.recalculateRegion(mofDivCode, fiscalYear);
        return Response.noContent().build();
    }

    private static void requireCleanText(String document) {
        if (document != null && TextRules.hasForbiddenControl(document)) {
            throw InputRejected.invalid(List.of(new FieldError("", "INVALID_CHARACTER",
                    "文档含有控制字符（如 NUL）或无效的 Unicode 字符")));
        }
    }

    private static boolean tooLong(String value, int max) {
        return value != null && (TextRules.length(value) > max || TextRules.hasAnyControl(value));
    }
}
