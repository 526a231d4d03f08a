package cn.jixiao.report.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import cn.jixiao.report.api.DraftView;
import cn.jixiao.report.api.ImportView;
import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.api.WorkflowStep;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.render.HtmlRenderer;
import cn.jixiao.report.render.PdfRenderer;
import cn.jixiao.report.render.ScoreSheetRenderer;
import cn.jixiao.report.render.WordRenderer;
import cn.jixiao.report.repository.ReportKey;
import cn.jixiao.report.service.NarrativeService;
import cn.jixiao.report.service.Publishing;
import cn.jixiao.report.service.ReportImport;
import cn.jixiao.report.service.ReportAssembly;
import cn.jixiao.report.service.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An agency-year's report: the department writes its header and narrative, the assembled report is served as JSON,
 * HTML or Word, and the workflow moves it from draft to published. The finance bureau reads every agency.
 */
@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}")
@Tag(name = "report", description = "The self-evaluation report: narrative, assembly, renderings, workflow")
@RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
public class ReportResource {

    private final AgencyAccess access;
    private final NarrativeService narratives;
    private final ReportAssembly assembly;
    private final Publishing publishing;
    private final ReportImport reportImport;

    ReportResource(AgencyAccess access, NarrativeService narratives, ReportAssembly assembly, Publishing publishing,
            ReportImport reportImport) {
        this.access = access;
        this.narratives = narratives;
        this.assembly = assembly;
        this.publishing = publishing;
        this.reportImport = reportImport;
    }

    @GET
    @Path("/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The assembled report (figures fetched now), with its consistency findings")
    public AssembledReport report(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return assembly.assemble(key, access.bearer()).report();
    }

    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    public Response reportAsHtml(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        return html(agencyCode, fiscalYear);
    }

    @GET
    @Path("/report")
    @Produces(Downloads.DOCX)
    public Response reportAsWord(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        return docx(agencyCode, fiscalYear);
    }

    @GET
    @Path("/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The assembled report as a print-friendly HTML page")
    public Response html(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        return Downloads.html(HtmlRenderer.render(report(agencyCode, fiscalYear)));
    }

    @GET
    @Path("/report.docx")
    @Produces(Downloads.DOCX)
    @Operation(summary = "The assembled report as a Word document")
    public Response docx(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AssembledReport report = report(agencyCode, fiscalYear);
        return Downloads.docx(WordRenderer.render(report), agencyCode, report.header().agencyName(), fiscalYear, null);
    }

    @GET
    @Path("/report.pdf")
    @Produces(Downloads.PDF)
    @Operation(summary = "The assembled report as a PDF (A4, the CJK font embedded, text selectable)")
    public Response pdf(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AssembledReport report = report(agencyCode, fiscalYear);
        return Downloads.pdf(PdfRenderer.render(report), agencyCode, report.header().agencyName(), fiscalYear, null);
    }

    @GET
    @Path("/report/score-table.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "The live 自评表 (score table) as an .xlsx workbook: weights and scores as numbers")
    public Response scoreSheet(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        AssembledReport report = report(agencyCode, fiscalYear);
        return Downloads.scoreSheet(ScoreSheetRenderer.render(report), agencyCode, report.header().agencyName(),
                fiscalYear, null);
    }

    @GET
    @Path("/report/draft")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the department has written, with versions for If-Match, and the workflow status")
    public DraftView draft(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return narratives.draft(key);
    }

    @PUT
    @Path("/report/sections/{sectionKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Save one narrative section; If-Match names the version edited (412 if it changed since)")
    public Response saveSection(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @PathParam("sectionKey") String sectionKey, @HeaderParam("If-Match") String ifMatch,
            DraftView.SectionRequest request) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        DraftView.SectionView saved = narratives.saveSection(key, sectionKey, request, ifMatch, access.caller());
        return Response.ok(saved).header("ETag", Versions.etag(saved.version())).build();
    }

    @PUT
    @Path("/report/header")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Save the header block (填报人, 联系电话, 填报日期, 所属下级预算单位数量) with If-Match")
    public Response saveHeader(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @HeaderParam("If-Match") String ifMatch, DraftView.HeaderRequest request) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        DraftView.HeaderView saved = narratives.saveHeader(key, request, ifMatch);
        return Response.ok(saved).header("ETag", Versions.etag(saved.version())).build();
    }

    /** Body of the bureau's return: its comments for the department. */
    public record ReturnRequest(String comment) {
    }

    @POST
    @Path("/report/submit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Submit the report to the finance bureau (department)")
    public List<WorkflowStep> submit(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        publishing.submit(key, access.bearer(), access.caller());
        return publishing.history(key);
    }

    @POST
    @Path("/report/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Return a submitted report with comments (finance bureau)")
    public List<WorkflowStep> returnReport(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, ReturnRequest request) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        publishing.returnWithComments(key, request == null ? null : request.comment(), access.caller());
        return publishing.history(key);
    }

    @POST
    @Path("/report/import")
    @Consumes(Downloads.DOCX)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Import the department's own Word report (.docx, at most 5 MB) into the narrative sections")
    public Response importDocx(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @HeaderParam("If-Match") String ifMatch, byte[] docx) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        ImportView imported = reportImport.importDocx(key, docx, ifMatch, access.bearer(), access.caller());
        return Response.ok(imported).header("ETag", Versions.etag(imported.narrativeVersion())).build();
    }

    /** Body of the bureau's override: why a report with error findings may pass the region's gate. */
    public record OverrideRequest(String reason) {
    }

    @POST
    @Path("/report/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Let this round of a report with error findings pass the region's gate, for a recorded reason")
    public List<WorkflowStep> override(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, OverrideRequest request) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        publishing.override(key, request == null ? null : request.reason(), access.caller());
        return publishing.history(key);
    }

    @POST
    @Path("/report/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Publish a submitted report: freeze content and renderings as a new version (finance bureau)")
    public Response publish(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        PublishedView published = publishing.publish(Params.key(agencyCode, fiscalYear), access.bearer(),
                access.caller());
        return Response.status(201).entity(published).build();
    }

    @GET
    @Path("/report/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The workflow trail: submissions, returns with comments, publications")
    public List<WorkflowStep> history(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear) {
        ReportKey key = Params.key(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return publishing.history(key);
    }
}
