package cn.jixiao.report.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.service.PublishedVersions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The public feed for government portals: published versions only, no token. Every answer comes from the frozen
 * version stored at publication, byte for byte, whatever the other services' state.
 */
@Path("/api/v1/public/reports")
@Tag(name = "portal", description = "Published reports, for everyone")
@PermitAll
public class PortalResource {

    private final PublishedVersions published;

    PortalResource(PublishedVersions published) {
        this.published = published;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published reports of a region's year: the latest version of each agency, or all versions")
    public List<PublishedView> list(@QueryParam("fiscalYear") int fiscalYear, @QueryParam("mofDivCode") String mofDivCode,
            @QueryParam("allVersions") boolean allVersions) {
        Params.region(fiscalYear, mofDivCode);
        return published.ofRegion(fiscalYear, mofDivCode, allVersions);
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published version's content (JSON)")
    public Response latest(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        Params.key(agencyCode, fiscalYear);
        return json(published.latest(agencyCode, fiscalYear)
                .orElseThrow(() -> Refusal.notFound("该单位该年度尚无已发布的报告")));
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published version's content (JSON), exactly as frozen")
    public Response version(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("version") int version) {
        return json(find(agencyCode, fiscalYear, version));
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}/versions/{version}.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A published version as HTML")
    public Response html(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("version") int version) {
        return Downloads.html(find(agencyCode, fiscalYear, version).html());
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}/versions/{version}.docx")
    @Produces(Downloads.DOCX)
    @Operation(summary = "A published version as a Word document")
    public Response docx(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("version") int version) {
        PublishedVersions.Frozen report = find(agencyCode, fiscalYear, version);
        return Downloads.docx(report.docx(), agencyCode, report.agencyName(), fiscalYear, version);
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}/versions/{version}.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "A published version's PDF, as frozen at publication (SHA-256 in X-Content-SHA256)")
    public Response pdf(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("version") int version) {
        Params.key(agencyCode, fiscalYear);
        PublishedVersions.FrozenFile file = published.pdf(agencyCode, fiscalYear, version);
        return frozen(Downloads.pdf(stream(file), agencyCode, file.agencyName(), fiscalYear, version), file);
    }

    @GET
    @Path("/{agencyCode}/{fiscalYear}/versions/{version}/score-table.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "A published version's 自评表 (.xlsx), as frozen at publication (SHA-256 in X-Content-SHA256)")
    public Response scoreTable(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("version") int version) {
        Params.key(agencyCode, fiscalYear);
        PublishedVersions.FrozenFile file = published.scoreTable(agencyCode, fiscalYear, version);
        return frozen(Downloads.scoreSheet(stream(file), agencyCode, file.agencyName(), fiscalYear, version), file);
    }

    private StreamingOutput stream(PublishedVersions.FrozenFile file) {
        return out -> published.copy(file, out);
    }

    private static Response frozen(Response download, PublishedVersions.FrozenFile file) {
        return Response.fromResponse(download)
                .header("Content-Length", file.sizeBytes())
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    private PublishedVersions.Frozen find(String agencyCode, int fiscalYear, int version) {
        Params.key(agencyCode, fiscalYear);
        return published.find(agencyCode, fiscalYear, version)
                .orElseThrow(() -> Refusal.notFound("没有该版本的已发布报告"));
    }

    private static Response json(PublishedVersions.Frozen report) {
        return Response.ok(report.content(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("ETag", "\"" + report.contentHash() + "\"")
                .header("X-Content-SHA256", report.contentHash())
                .build();
    }
}
