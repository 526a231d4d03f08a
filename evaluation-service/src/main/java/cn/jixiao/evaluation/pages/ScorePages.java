package cn.jixiao.evaluation.pages;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.evaluation.ledger.RebuildJob;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.rest.Params;
import cn.jixiao.evaluation.service.ScoreQuery;
import cn.jixiao.evaluation.stream.ScoreStream;
import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Server-rendered pages in Chinese for people: the finance bureau's overview of a region's year, a department's
 * score page, and the bureau's view of the ledger rebuild's progress. They read the same stored scores as the API; a small script reloads them on score events when
 * JavaScript is on. Refusals are pages too: no token leads to the login page.
 */
@Path("/pages")
@Tag(name = "pages", description = "Server-rendered pages for people (HTML)")
public class ScorePages {

    static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance home(List<HomeLinks.Link> links, boolean bureau);

        static native TemplateInstance region(RegionOverview page);

        static native TemplateInstance agency(AgencyPage page);

        static native TemplateInstance refusal(String title, String detail);

        static native TemplateInstance rebuild(RebuildPage page);
    }

    private final AgencyAccess access;
    private final ScoreQuery scores;
    private final ScoreStream stream;
    private final HomeLinks links;
    private final SecurityIdentity identity;
    private final RebuildJob rebuild;
    private final String reportService;

    ScorePages(AgencyAccess access, ScoreQuery scores, ScoreStream stream, HomeLinks links, SecurityIdentity identity,
            RebuildJob rebuild, @ConfigProperty(name = "jixiao.report-service.url") String reportService) {
        this.access = access;
        this.scores = scores;
        this.stream = stream;
        this.links = links;
        this.identity = identity;
        this.rebuild = rebuild;
        this.reportService = reportService.replaceAll("/+$", "");
    }

    @GET
    @Produces(HTML)
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "Links to the pages the caller may read")
    public String home() {
        boolean bureau = identity.hasRole(Roles.FINANCE_BUREAU);
        return Templates.home(bureau ? links.regions() : links.years(access.ownAgency()), bureau).render();
    }

    @GET
    @Path("/years/{fiscalYear}/regions/{mofDivCode}")
    @Produces(HTML)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "The finance bureau's overview of a region's year (HTML)")
    public String region(@PathParam("fiscalYear") int fiscalYear, @PathParam("mofDivCode") String mofDivCode,
            @QueryParam("sort") String sort, @QueryParam("order") String order) {
        Params.year(fiscalYear);
        Params.code("mofDivCode", mofDivCode, 9);
        RegionOverview.Sorting sorting = RegionOverview.Sorting.of(sort, order);
        return Templates.region(RegionOverview.of(fiscalYear, mofDivCode,
                scores.region(fiscalYear, mofDivCode, sorting.query(), sorting.descending()), sorting,
                Milestones.current(fiscalYear, PageFormat.today()))).render();
    }

    @GET
    @Path("/years/{fiscalYear}/regions/{mofDivCode}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "The region's score events, for the overview page (same as the API's stream)")
    public Multi<ScoreChange> regionEvents(@PathParam("fiscalYear") int fiscalYear,
            @PathParam("mofDivCode") String mofDivCode) {
        return stream.ofRegion(Params.code("mofDivCode", mofDivCode, 9), Params.year(fiscalYear));
    }

    @GET
    @Path("/agencies/{agencyCode}/years/{fiscalYear}")
    @Produces(HTML)
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "A department's score page (HTML)")
    public Response agency(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        ScoreQuery.ScoresAndSpending found = scores.scoresAndSpending(id).orElse(null);
        if (found == null) {
            return page(Response.Status.NOT_FOUND, Templates.refusal("尚无评分数据",
                    "预算单位 " + agencyCode + " 的 " + fiscalYear + " 年度尚无评分数据。"));
        }
        ExecutionChart chart = ExecutionChart.of(found.adjustedBudget(), found.monthlySpending(),
                Milestones.monthsBegun(fiscalYear, PageFormat.today()));
        return page(Response.Status.OK, Templates.agency(AgencyPage.of(found.scores(), found.executionRate(),
                Milestones.current(fiscalYear, PageFormat.today()), chart, reportService,
                identity.hasRole(Roles.FINANCE_BUREAU))));
    }

    @GET
    @Path("/agencies/{agencyCode}/years/{fiscalYear}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
    @Operation(summary = "The agency-year's score events, for its page (same as the API's stream)")
    public Multi<ScoreChange> agencyEvents(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return stream.ofAgency(agencyCode, fiscalYear);
    }

    @GET
    @Path("/admin/rebuild")
    @Produces(HTML)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "The ledger rebuild's state and progress as a progress bar, reloading while it runs (HTML)")
    public String rebuild() {
        return Templates.rebuild(RebuildPage.of(rebuild.status())).render();
    }

    /** Pages send people without a token to the login page rather than answering 401. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return PageCookie.seeOther(PageCookie.loginFor(PageCookie.safeNext(uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()))))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.refusal("无权访问",
                "当前登录的角色或所属单位无权查看此页面：部门只能查看本单位的评分，区域总览和台账重建仅限财政局。"));
    }

    /** A refused path or query parameter: a page naming it, not a problem document. */
    @ServerExceptionMapper
    public Response badParameter(InputRejected e) {
        return page(Response.Status.fromStatusCode(e.status()), Templates.refusal("请求无效",
                e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message() + "。"));
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }
}
