package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.Inputs;
import cn.jixiao.evaluation.api.TextRules;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentInput;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.repository.PerformanceTarget;
import cn.jixiao.evaluation.repository.SelfAssessment;
import cn.jixiao.evaluation.scoring.Assessment;
import cn.jixiao.evaluation.scoring.AssessmentValidator;
import cn.jixiao.evaluation.scoring.Indicator;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The department's inputs: each change is validated, stored and followed at once by a recalculation of the scores. */
@ApplicationScoped
public class InputService {

    private static final Map<String, Assessment.Level> LEVELS = Map.of(
            "achieved", Assessment.Level.ACHIEVED,
            "partly-achieved", Assessment.Level.PARTLY_ACHIEVED,
            "not-achieved", Assessment.Level.NOT_ACHIEVED);
    private static final Set<String> CATEGORIES = Set.of("产出", "效益", "满意度");
    private static final Set<String> DIRECTIONS = Set.of("at-least", "at-most");
    /** Sizes of the stored inputs (db/migration V2) and sensible bounds of lists and free text. */
    private static final int MAX_REASON = 4000;
    private static final int MAX_EVIDENCE = 50;
    private static final int MAX_TARGETS = 200;
    private static final BigDecimal MAX_MEASURE = new BigDecimal("1E14");

    private final FrameworkCatalog frameworks;
    private final ScoreService scores;
    private final ObjectMapper json;

    InputService(FrameworkCatalog frameworks, ScoreService scores, ObjectMapper json) {
        this.frameworks = frameworks;
        this.scores = scores;
        this.json = json;
    }

    @Transactional
    public Inputs.SelfAssessmentView assess(AgencyYear id, String indicatorCode, Inputs.SelfAssessmentRequest request,
            String caller) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        Assessment.Level level = request.level() == null ? null : LEVELS.get(request.level());
        if (level == null) {
            errors.add(new FieldError("level", "INVALID_VALUE", "等级须为 achieved（达成）、partly-achieved（部分达成）或 not-achieved（未达成）"));
        }
        if (request.score() == null) {
            errors.add(new FieldError("score", "REQUIRED", "自评得分为必填项"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "REQUIRED", "自评理由为必填项"));
        } else {
            text(errors, "reason", request.reason(), MAX_REASON, true);
        }
        List<Inputs.Evidence> evidence = request.evidence() == null ? List.of() : request.evidence();
        if (evidence.size() > MAX_EVIDENCE) {
            errors.add(new FieldError("evidence", "TOO_MANY", "佐证材料最多 " + MAX_EVIDENCE + " 项"));
            evidence = List.of();
        }
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i) == null || evidence.get(i).title() == null || evidence.get(i).title().isBlank()) {
                errors.add(new FieldError("evidence[" + i + "].title", "REQUIRED", "佐证材料须有标题"));
            } else {
                text(errors, "evidence[" + i + "].title", evidence.get(i).title(), 200, false);
                text(errors, "evidence[" + i + "].reference", evidence.get(i).reference(), 500, false);
            }
        }
        if (errors.isEmpty()) {
            Assessment assessment = new Assessment(level, request.score(), null, request.reason());
            AssessmentValidator.check(framework(id), indicatorCode, assessment)
                    .forEach(e -> errors.add(new FieldError(e.path(), e.code().name(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        SelfAssessment.Key key = new SelfAssessment.Key(id.agencyCode, id.fiscalYear, indicatorCode);
        SelfAssessment stored = SelfAssessment.findById(key);
        boolean first = stored == null;
        if (first) {
            stored = new SelfAssessment();
            stored.id = key;
        }
        Instant now = now();
        stored.level = level.name();
        stored.score = request.score();
        stored.reason = request.reason();
        stored.evidence = write(evidence);
        stored.assessedAt = now;
        stored.assessedBy = caller;
        // a review judged the previous assessment; the new one awaits its own
        stored.reviewScore = null;
        stored.reviewReason = null;
        stored.reviewedAt = null;
        stored.reviewedBy = null;
        if (first) {
            stored.persist();
        }
        scores.recalculate(id, now);
        return view(stored);
    }

    @Transactional
    public Inputs.SelfAssessmentView review(AgencyYear id, String indicatorCode, Inputs.ReviewRequest request,
            String caller) {
        SelfAssessment stored = SelfAssessment.findById(new SelfAssessment.Key(id.agencyCode, id.fiscalYear,
                indicatorCode));
        if (stored == null) {
            throw Refusal.notFound("指标 " + indicatorCode + " 尚无自评，无法复核");
        }
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = framework(id).find(indicatorCode)
                .orElseThrow(() -> Refusal.notFound("当前指标体系中没有指标 " + indicatorCode));
        if (request == null || request.score() == null) {
            errors.add(new FieldError("score", "REQUIRED", "复核得分为必填项"));
        } else if (request.score().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("score", "INVALID_SCALE", "复核得分最多两位小数"));
        } else if (request.score().signum() < 0 || request.score().compareTo(indicator.weight()) > 0) {
            errors.add(new FieldError("score", "OUT_OF_RANGE", "复核得分须在 0 至 " + indicator.weight().toPlainString()
                    + " 分之间"));
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "REQUIRED", "复核理由为必填项"));
        } else {
            text(errors, "reason", request.reason(), MAX_REASON, true);
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        Instant now = now();
        stored.reviewScore = request.score();
        stored.reviewReason = request.reason();
        stored.reviewedAt = now;
        stored.reviewedBy = caller;
        scores.recalculate(id, now);
        return view(stored);
    }

    public List<Inputs.SelfAssessmentView> assessments(AgencyYear id) {
        return SelfAssessment.of(id.agencyCode, id.fiscalYear).stream().map(this::view).toList();
    }

    @Transactional
    public Inputs.DepartmentInputs saveDepartmentInputs(AgencyYear id, Inputs.DepartmentInputs request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InputRejected.invalid(List.of(new FieldError(null, "REQUIRED", "请求体不能为空")));
        }
        nonNegative(errors, "keyTasksPlanned", request.keyTasksPlanned());
        nonNegative(errors, "keyTasksCompleted", request.keyTasksCompleted());
        nonNegative(errors, "petitionsReceived", request.petitionsReceived());
        nonNegative(errors, "petitionsHandled", request.petitionsHandled());
        notAbove(errors, "keyTasksCompleted", request.keyTasksCompleted(), request.keyTasksPlanned(), "完成数不能超过计划数");
        notAbove(errors, "petitionsHandled", request.petitionsHandled(), request.petitionsReceived(), "办理数不能超过受理数");
        BigDecimal rate = request.satisfactionRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0
                || rate.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError("satisfactionRate", "OUT_OF_RANGE", "满意度须在 0 至 100 之间，最多两位小数"));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        DepartmentInput input = DepartmentInput.findOrNew(id);
        input.keyTasksPlanned = request.keyTasksPlanned();
        input.keyTasksCompleted = request.keyTasksCompleted();
        input.petitionsReceived = request.petitionsReceived();
        input.petitionsHandled = request.petitionsHandled();
        input.satisfactionRate = rate;
        input.updatedAt = now();
        if (!input.isPersistent()) {
            input.persist();
        }
        scores.recalculate(id, input.updatedAt);
        return departmentInputs(id);
    }

    public Inputs.DepartmentInputs departmentInputs(AgencyYear id) {
        DepartmentInput input = DepartmentInput.findById(id);
        return input == null ? new Inputs.DepartmentInputs(null, null, null, null, null)
                : new Inputs.DepartmentInputs(input.keyTasksPlanned, input.keyTasksCompleted, input.petitionsReceived,
                        input.petitionsHandled, input.satisfactionRate);
    }

    @Transactional
    public Inputs.PerformanceTargets replaceTargets(AgencyYear id, Inputs.PerformanceTargets request) {
        List<FieldError> errors = new ArrayList<>();
        List<Inputs.PerformanceTargetItem> items = request == null || request.items() == null ? List.of() : request.items();
        if (items.size() > MAX_TARGETS) {
            throw InputRejected.invalid(List.of(new FieldError("items", "TOO_MANY", "绩效目标最多 " + MAX_TARGETS + " 项")));
        }
        for (int i = 0; i < items.size(); i++) {
            Inputs.PerformanceTargetItem item = items.get(i);
            String at = "items[" + i + "].";
            if (item == null || item.name() == null || item.name().isBlank()) {
                errors.add(new FieldError(at + "name", "REQUIRED", "绩效目标名称为必填项"));
                continue;
            }
            text(errors, at + "name", item.name(), 200, false);
            if (item.category() == null || !CATEGORIES.contains(item.category())) {
                errors.add(new FieldError(at + "category", "INVALID_VALUE", "类别须为 产出、效益 或 满意度"));
            }
            text(errors, at + "subcategory", item.subcategory(), 8, false);
            if (item.direction() == null || !DIRECTIONS.contains(item.direction())) {
                errors.add(new FieldError(at + "direction", "INVALID_VALUE", "方向须为 at-least（不低于）或 at-most（不高于）"));
            }
            if (item.targetValue() == null) {
                errors.add(new FieldError(at + "targetValue", "REQUIRED", "目标值为必填项"));
            } else {
                measure(errors, at + "targetValue", item.targetValue(), "目标值");
            }
            if (item.actualValue() != null) {
                measure(errors, at + "actualValue", item.actualValue(), "实际值");
            }
            if (item.unit() == null || item.unit().isBlank()) {
                errors.add(new FieldError(at + "unit", "REQUIRED", "计量单位为必填项"));
            } else {
                text(errors, at + "unit", item.unit(), 20, false);
            }
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        PerformanceTarget.delete("agencyCode = ?1 and fiscalYear = ?2", id.agencyCode, id.fiscalYear);
        for (Inputs.PerformanceTargetItem item : items) {
            PerformanceTarget target = new PerformanceTarget();
            target.agencyCode = id.agencyCode;
            target.fiscalYear = id.fiscalYear;
            target.name = item.name();
            target.category = item.category();
            target.subcategory = item.subcategory();
            target.direction = item.direction();
            target.targetValue = item.targetValue();
            target.actualValue = item.actualValue();
            target.unit = item.unit();
            target.persist();
        }
        scores.recalculate(id, now());
        return targets(id);
    }

    public Inputs.PerformanceTargets targets(AgencyYear id) {
        return new Inputs.PerformanceTargets(PerformanceTarget.of(id.agencyCode, id.fiscalYear).stream()
                .map(t -> new Inputs.PerformanceTargetItem(t.name, t.category, t.subcategory, t.direction,
                        t.targetValue, t.actualValue, t.unit))
                .toList());
    }

    private cn.jixiao.evaluation.scoring.Framework framework(AgencyYear id) {
        LedgerPosition position = LedgerPosition.findById(id.agencyCode);
        FrameworkCatalog.Selected selected = frameworks.frameworkFor(position == null ? null : position.mofDivCode,
                id.fiscalYear);
        if (selected == null) {
            throw Refusal.notFound(id.fiscalYear + " 年度尚未发布指标体系");
        }
        return selected.framework();
    }

    private Inputs.SelfAssessmentView view(SelfAssessment s) {
        Assessment.Level level = Assessment.Level.valueOf(s.level);
        String code = LEVELS.entrySet().stream().filter(e -> e.getValue() == level).findFirst().orElseThrow().getKey();
        return new Inputs.SelfAssessmentView(s.id.indicatorCode, code, level.label(), s.score, s.reason, read(s.evidence),
                s.assessedAt, s.assessedBy, s.reviewScore, s.reviewReason, s.reviewedAt, s.reviewedBy,
                s.reviewScore != null ? s.reviewScore : s.score);
    }

    private String write(List<Inputs.Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Inputs.Evidence> read(String evidence) {
        try {
            return json.readValue(evidence, new TypeReference<List<Inputs.Evidence>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A text field: at most {@code max} characters (the column's size), without NUL or another control character
     * (free text may hold line breaks and tabs).
     */
    private static void text(List<FieldError> errors, String field, String value, int max, boolean freeText) {
        if (value == null) {
            return;
        }
        if (freeText ? TextRules.hasForbiddenControl(value) : TextRules.hasAnyControl(value)) {
            errors.add(new FieldError(field, "INVALID_CHARACTER", field + " 不能含有控制字符"
                    + (freeText ? "（换行和制表符除外）" : "") + "或无效的 Unicode 字符"));
        } else if (TextRules.length(value) > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " 最多 " + max + " 个字符，实为 " + TextRules.length(value)
                    + " 个"));
        }
    }

    /** A target or actual value: column numeric(18,4), so below 10^14 in magnitude with at most four decimals. */
    private static void measure(List<FieldError> errors, String field, BigDecimal value, String label) {
        if (value.abs().compareTo(MAX_MEASURE) >= 0) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", label + "的绝对值须小于 100000000000000（10 的 14 次方）"));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "INVALID_SCALE", label + "最多四位小数"));
        }
    }

    private static void nonNegative(List<FieldError> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", field + " 不能为负数"));
        }
    }

    private static void notAbove(List<FieldError> errors, String field, Integer value, Integer limit, String message) {
        if (value != null && limit != null && value > limit) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", message));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
