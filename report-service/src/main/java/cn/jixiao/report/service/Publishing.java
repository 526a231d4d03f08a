package cn.jixiao.report.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.api.WorkflowStep;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.render.HtmlRenderer;
import cn.jixiao.report.render.PdfRenderer;
import cn.jixiao.report.render.ScoreSheetRenderer;
import cn.jixiao.report.render.WordRenderer;
import cn.jixiao.report.repository.PublishedRendering;
import cn.jixiao.report.repository.PublishedReport;
import cn.jixiao.report.repository.PublishingGate;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportEvent;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The workflow draft → submitted (department) → published (finance bureau) or returned with comments, with the
 * region's publishing gate on submit and publish (PublishingGates). Publishing
 * freezes a version: the assembled content, its HTML, Word and PDF renderings, the 自评表 workbook and SHA-256s are
 * stored here, so a published version never changes and stays readable when the other services are down.
 */
@ApplicationScoped
public class Publishing {

    private static final int MAX_COMMENT = 2_000;

    private final ReportAssembly assembly;
    private final ObjectMapper json;

    Publishing(ReportAssembly assembly, ObjectMapper json) {
        this.assembly = assembly;
        this.json = json;
    }

    /**
     * The department submits. Only when some region's gate blocks is the report assembled (with the department's
     * token) to find its region and its errors; otherwise submitting needs neither source.
     */
    @Transactional
    public String submit(ReportKey key, String authorization, String caller) {
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.DRAFT.equals(draft.status) && !ReportDraft.RETURNED.equals(draft.status)) {
            throw ReportRefused.conflict("只有草稿或被退回的报告可以提交，当前状态：" + draft.status);
        }
        if (PublishingGate.anyBlocking()) {
            PublishingGates.requireClear(key, assembly.assemble(key, authorization), "提交");
        }
        return move(draft, ReportDraft.SUBMITTED, caller, null);
    }

    @Transactional
    public String returnWithComments(ReportKey key, String comment, String caller) {
        requireText("comment", "退回意见", "退回须写明意见", comment);
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.SUBMITTED.equals(draft.status)) {
            throw ReportRefused.conflict("只有已提交的报告可以退回，当前状态：" + draft.status);
        }
        return move(draft, ReportDraft.RETURNED, caller, comment);
    }

    /**
     * The bureau lets this round of the report (until it is returned or published) pass its region's gate despite
     * error findings, for the reason it records.
     */
    @Transactional
    public void override(ReportKey key, String reason, String caller) {
        requireText("reason", "放行理由", "放行须写明理由", reason);
        ReportDraft draft = ReportDraft.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw Refusal.notFound("预算单位 " + key.agencyCode + " 的 " + key.fiscalYear + " 年度报告尚未开始填写，无需放行");
        }
        if (ReportDraft.PUBLISHED.equals(draft.status)) {
            throw ReportRefused.conflict("已发布的报告无需放行，当前状态：" + draft.status);
        }
        record(draft, ReportEvent.OVERRIDDEN, caller, reason, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static void requireText(String field, String label, String required, String text) {
        NarrativeService.refuseForbiddenCharacters(List.of(new NarrativeService.Checked(field, label, text, true)));
        if (text == null || text.isBlank()) {
            throw ReportRefused.invalid(List.of(new FieldError(field, "REQUIRED", required)));
        }
        if (text.length() > MAX_COMMENT) {
            throw ReportRefused.invalid(List.of(new FieldError(field, "OUT_OF_RANGE",
                    label + "最多 " + MAX_COMMENT + " 个字符")));
        }
    }

    /** Assembles with the bureau's token, renders, and stores the next version of the agency-year. */
    @Transactional
    public PublishedView publish(ReportKey key, String authorization, String caller) {
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.SUBMITTED.equals(draft.status)) {
            throw ReportRefused.conflict("只有已提交的报告可以发布，当前状态：" + draft.status);
        }
        ReportAssembly.Result assembled = assembly.assemble(key, authorization);
        PublishingGates.requireClear(key, assembled, "发布");
        AssembledReport report = assembled.report();
        PublishedReport published = new PublishedReport();
        published.agencyCode = key.agencyCode;
        published.fiscalYear = key.fiscalYear;
        published.version = PublishedReport.nextVersion(key.agencyCode, key.fiscalYear);
        published.mofDivCode = assembled.mofDivCode();
        published.agencyName = report.header().agencyName();
        published.total = report.scoreTable().total();
        published.grade = report.scoreTable().grade();
        published.content = serialise(report);
        byte[] pdf = PdfRenderer.render(report);
        byte[] scoreTable = ScoreSheetRenderer.render(report);
        String base = PublishedVersions.base(key.agencyCode, key.fiscalYear, published.version);
        published.html = HtmlRenderer.render(report, List.of(
                new HtmlRenderer.FrozenFile("PDF 文件", PublishedVersions.pdfHref(base), sha256(pdf)),
                new HtmlRenderer.FrozenFile("自评表（Excel）", PublishedVersions.scoreTableHref(base),
                        sha256(scoreTable))));
        published.docx = WordRenderer.render(report);
        published.contentHash = sha256(published.content.getBytes(StandardCharsets.UTF_8));
        published.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        published.publishedBy = caller;
        published.persist();
        freeze(published, PublishedRendering.PDF, pdf);
        freeze(published, PublishedRendering.SCORE_TABLE, scoreTable);
        move(draft, ReportDraft.PUBLISHED, caller, "版本 " + published.version);
        return PublishedVersions.view(published, PublishedRendering.digests(List.of(published.id)));
    }

    private static void freeze(PublishedReport published, String format, byte[] bytes) {
        PublishedRendering rendering = new PublishedRendering();
        rendering.publishedReportId = published.id;
        rendering.format = format;
        rendering.bytes = bytes;
        rendering.sizeBytes = bytes.length;
        rendering.sha256 = sha256(bytes);
        rendering.persist();
    }

    /** The workflow trail: submissions, returns with comments, publications, oldest first. */
    public List<WorkflowStep> history(ReportKey key) {
        return ReportEvent.of(key).stream()
                .map(e -> new WorkflowStep(e.action, e.actor, e.comment, e.happenedAt))
                .toList();
    }

    private static String move(ReportDraft draft, String status, String caller, String comment) {
        draft.status = status;
        draft.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        record(draft, status, caller, comment, draft.updatedAt);
        return status;
    }

    private static void record(ReportDraft draft, String action, String caller, String comment, Instant at) {
        ReportEvent event = new ReportEvent();
        event.agencyCode = draft.id.agencyCode;
        event.fiscalYear = draft.id.fiscalYear;
        event.action = action;
        event.actor = caller;
        event.comment = comment;
        event.happenedAt = at;
        event.persist();
    }

    private String serialise(AssembledReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be serialised", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
