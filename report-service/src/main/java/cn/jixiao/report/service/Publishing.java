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
import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.api.WorkflowStep;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.render.HtmlRenderer;
import cn.jixiao.report.render.WordRenderer;
import cn.jixiao.report.repository.PublishedReport;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportEvent;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The workflow draft → submitted (department) → published (finance bureau) or returned with comments. Publishing
 * freezes a version: the assembled content, its HTML and Word renderings and the content's SHA-256 are stored here,
 * so a published version never changes and stays readable when the other services are down.
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

    @Transactional
    public String submit(ReportKey key, String caller) {
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.DRAFT.equals(draft.status) && !ReportDraft.RETURNED.equals(draft.status)) {
            throw ReportRefused.conflict("只有草稿或被退回的报告可以提交，当前状态：" + draft.status);
        }
        return move(draft, ReportDraft.SUBMITTED, caller, null);
    }

    @Transactional
    public String returnWithComments(ReportKey key, String comment, String caller) {
        NarrativeService.refuseForbiddenCharacters(
                List.of(new NarrativeService.Checked("comment", "退回意见", comment, true)));
        if (comment == null || comment.isBlank()) {
            throw ReportRefused.invalid(List.of(new FieldError("comment", "REQUIRED",
                    "退回须写明意见")));
        }
        if (comment.length() > MAX_COMMENT) {
            throw ReportRefused.invalid(List.of(new FieldError("comment", "OUT_OF_RANGE",
                    "退回意见最多 " + MAX_COMMENT + " 个字符")));
        }
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.SUBMITTED.equals(draft.status)) {
            throw ReportRefused.conflict("只有已提交的报告可以退回，当前状态：" + draft.status);
        }
        return move(draft, ReportDraft.RETURNED, caller, comment);
    }

    /** Assembles with the bureau's token, renders, and stores the next version of the agency-year. */
    @Transactional
    public PublishedView publish(ReportKey key, String authorization, String caller) {
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (!ReportDraft.SUBMITTED.equals(draft.status)) {
            throw ReportRefused.conflict("只有已提交的报告可以发布，当前状态：" + draft.status);
        }
        ReportAssembly.Result assembled = assembly.assemble(key, authorization);
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
        published.html = HtmlRenderer.render(report);
        published.docx = WordRenderer.render(report);
        published.contentHash = sha256(published.content);
        published.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        published.publishedBy = caller;
        published.persist();
        move(draft, ReportDraft.PUBLISHED, caller, "版本 " + published.version);
        return PublishedVersions.view(published);
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
        ReportEvent event = new ReportEvent();
        event.agencyCode = draft.id.agencyCode;
        event.fiscalYear = draft.id.fiscalYear;
        event.action = status;
        event.actor = caller;
        event.comment = comment;
        event.happenedAt = draft.updatedAt;
        event.persist();
        return status;
    }

    private String serialise(AssembledReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be serialised", e);
        }
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
