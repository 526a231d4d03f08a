package cn.jixiao.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.platform.json.TextCharacters;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.Characters;
import cn.jixiao.report.api.DraftView;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportKey;
import cn.jixiao.report.repository.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The department's header and narrative sections. Each is versioned: a write must name the version it edits
 * (If-Match), so that of two concurrent edits the second is refused instead of silently overwriting the first; saving
 * one section never touches another.
 */
@ApplicationScoped
public class NarrativeService {

    private static final int MAX_SECTION = 20_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    public DraftView draft(ReportKey key) {
        ReportDraft draft = ReportDraft.findById(key);
        Map<String, DraftView.SectionView> sections = new LinkedHashMap<>();
        Map<String, ReportSection> stored = new LinkedHashMap<>();
        ReportSection.of(key).forEach(section -> stored.put(section.id.sectionKey, section));
        for (String sectionKey : Narrative.KEYS) {
            ReportSection section = stored.get(sectionKey);
            sections.put(sectionKey, section == null ? new DraftView.SectionView(null, 0, null, null)
                    : new DraftView.SectionView(section.text, section.version, section.updatedAt, section.updatedBy));
        }
        DraftView.HeaderView header = draft == null ? new DraftView.HeaderView(null, null, null, null, 0)
                : new DraftView.HeaderView(draft.subordinateUnits, draft.filledBy, draft.phone, draft.filledOn,
                        draft.headerVersion);
        return new DraftView(key.agencyCode, key.fiscalYear, draft == null ? ReportDraft.DRAFT : draft.status, header,
                sections, narrativeVersion(key));
    }

    /**
     * The narrative as the report is assembled from it. Text stored before input was checked may hold control
     * characters: they are dropped here, before the text is parsed into blocks and checked (Characters#clean).
     */
    public Narrative narrative(ReportKey key) {
        Map<String, String> texts = new LinkedHashMap<>();
        ReportSection.of(key).forEach(section -> texts.put(section.id.sectionKey, Characters.clean(section.text)));
        return new Narrative(texts);
    }

    @Transactional
    public DraftView.SectionView saveSection(ReportKey key, String sectionKey, DraftView.SectionRequest request,
            String ifMatch, String caller) {
        if (!Narrative.KEYS.contains(sectionKey)) {
            throw Refusal.notFound((sectionKey.matches("[0-9A-Za-z._-]{1,40}")
                    ? "没有名为 " + sectionKey + " 的报告章节" : "没有该报告章节") + "，可用：" + Narrative.KEYS);
        }
        if (request != null) {
            refuseForbiddenCharacters(List.of(new Checked("text", "章节内容", request.text(), true)));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.text() == null) {
            errors.add(new FieldError("text", "REQUIRED", "章节内容为必填项（可为空字符串）"));
        } else if (request.text().length() > MAX_SECTION) {
            errors.add(new FieldError("text", "OUT_OF_RANGE", "章节内容最多 " + MAX_SECTION + " 个字符"));
        }
        if (!errors.isEmpty()) {
            throw ReportRefused.invalid(errors);
        }
        ReportDraft draft = editableDraft(key);
        ReportSection.Key id = new ReportSection.Key(key.agencyCode, key.fiscalYear, sectionKey);
        ReportSection section = ReportSection.findById(id);
        Versions.check(ifMatch, section == null ? 0 : section.version, "章节 " + sectionKey);
        return write(draft, id, section, request.text(), caller);
    }

    /**
     * Saves the sections of an imported report at once (the others stay as they are). If-Match names the
     * {@code narrativeVersion} the import replaces; answers the new one.
     */
    @Transactional
    public long importSections(ReportKey key, Map<String, String> texts, String ifMatch, String caller) {
        List<Checked> fields = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        texts.forEach((sectionKey, text) -> {
            fields.add(new Checked("sections." + sectionKey, "章节 " + sectionKey + " 的内容", text, true));
            if (text.length() > MAX_SECTION) {
                errors.add(new FieldError("sections." + sectionKey, "OUT_OF_RANGE",
                        "章节 " + sectionKey + " 的内容最多 " + MAX_SECTION + " 个字符，文档中有 " + text.length() + " 个"));
            }
        });
        refuseForbiddenCharacters(fields);
        if (!errors.isEmpty()) {
            throw ReportRefused.invalid(errors);
        }
        ReportDraft draft = editableDraft(key);
        long current = narrativeVersion(key);
        Versions.check(ifMatch, current, "报告正文");
        texts.forEach((sectionKey, text) -> {
            ReportSection.Key id = new ReportSection.Key(key.agencyCode, key.fiscalYear, sectionKey);
            write(draft, id, ReportSection.findById(id), text, caller);
        });
        return current + texts.size();
    }

    private static long narrativeVersion(ReportKey key) {
        return ReportSection.of(key).stream().mapToLong(section -> section.version).sum();
    }

    private static DraftView.SectionView write(ReportDraft draft, ReportSection.Key id, ReportSection stored,
            String text, String caller) {
        ReportSection section = stored;
        boolean first = section == null;
        if (first) {
            section = new ReportSection();
            section.id = id;
        }
        section.text = text;
        section.version = section.version + 1;
        section.updatedAt = now();
        section.updatedBy = caller;
        if (first) {
            section.persist();
        }
        draft.updatedAt = section.updatedAt;
        return new DraftView.SectionView(section.text, section.version, section.updatedAt, section.updatedBy);
    }

    @Transactional
    public DraftView.HeaderView saveHeader(ReportKey key, DraftView.HeaderRequest request, String ifMatch) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw ReportRefused.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        refuseForbiddenCharacters(List.of(new Checked("filledBy", "填报人", request.filledBy(), false),
                new Checked("phone", "联系电话", request.phone(), false)));
        if (request.subordinateUnits() != null && request.subordinateUnits() < 0) {
            errors.add(new FieldError("subordinateUnits", "OUT_OF_RANGE", "所属下级预算单位数量不能为负数"));
        }
        if (request.filledBy() != null && request.filledBy().length() > 100) {
            errors.add(new FieldError("filledBy", "OUT_OF_RANGE", "填报人最多 100 个字符"));
        }
        if (request.phone() != null && !request.phone().matches("[0-9+()\\- ]{5,40}")) {
            errors.add(new FieldError("phone", "INVALID_FORMAT", "联系电话格式不正确，例如 0753-5522401"));
        }
        if (request.filledOn() != null && (request.filledOn().isBefore(FIRST_DAY) || request.filledOn().isAfter(LAST_DAY))) {
            errors.add(new FieldError("filledOn", "OUT_OF_RANGE", "填报日期应在 2000-01-01 至 2100-12-31 之间"));
        }
        if (!errors.isEmpty()) {
            throw ReportRefused.invalid(errors);
        }
        ReportDraft draft = editableDraft(key);
        Versions.check(ifMatch, draft.headerVersion, "报告表头");
        draft.subordinateUnits = request.subordinateUnits();
        draft.filledBy = request.filledBy();
        draft.phone = request.phone();
        draft.filledOn = request.filledOn();
        draft.headerVersion++;
        draft.updatedAt = now();
        return new DraftView.HeaderView(draft.subordinateUnits, draft.filledBy, draft.phone, draft.filledOn,
                draft.headerVersion);
    }

    /** Writing is possible while the department holds the report; after publication a new draft version begins. */
    private static ReportDraft editableDraft(ReportKey key) {
        ReportDraft draft = ReportDraft.lockOrCreate(key);
        if (ReportDraft.SUBMITTED.equals(draft.status)) {
            throw ReportRefused.conflict("报告已提交财政部门审核，审核退回前不能修改。");
        }
        if (ReportDraft.PUBLISHED.equals(draft.status)) {
            draft.status = ReportDraft.DRAFT;
        }
        return draft;
    }

    /** A text field to check for characters that cannot be stored; {@code multiLine} allows tab and line breaks. */
    public record Checked(String field, String label, String value, boolean multiLine) {
    }

    /** 400 naming every field that holds NUL, another control character or an unpaired surrogate. */
    public static void refuseForbiddenCharacters(List<Checked> fields) {
        List<FieldError> errors = new ArrayList<>();
        for (Checked field : fields) {
            int bad = TextCharacters.firstForbidden(field.value(), field.multiLine());
            if (bad >= 0) {
                errors.add(new FieldError(field.field(), "INVALID_CHARACTER",
                        Characters.describe(field.label(), field.value(), bad)));
            }
        }
        if (!errors.isEmpty()) {
            throw ReportRefused.badCharacters(errors);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
