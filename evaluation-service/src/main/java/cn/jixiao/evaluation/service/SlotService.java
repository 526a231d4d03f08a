package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jixiao.evaluation.api.FrameworkInputs;
import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.repository.AgencyIndicator;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentSlot;
import cn.jixiao.evaluation.scoring.Indicator;
import cn.jixiao.evaluation.scoring.Slot;
import cn.jixiao.evaluation.scoring.SlotDefinition;
import cn.jixiao.evaluation.scoring.SlotDefinition.DefinedIndicator;
import cn.jixiao.evaluation.scoring.SlotDefinition.Status;
import cn.jixiao.evaluation.scoring.SlotScoring;
import cn.jixiao.evaluation.scoring.TargetDirection;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The indicators a department defines in a slot of the framework (部门特性指标): submitted by the department, approved
 * or returned by the finance bureau, then given their actual values by the department. Each accepted step is followed
 * at once by a recalculation of the scores; only an approved definition is scored.
 */
@ApplicationScoped
public class SlotService {

    private static final int MAX_REASON = 4000;

    private final FrameworkCatalog frameworks;
    private final ScoreService scores;
    private final SlotDefinitions definitions;

    SlotService(FrameworkCatalog frameworks, ScoreService scores, SlotDefinitions definitions) {
        this.frameworks = frameworks;
        this.scores = scores;
        this.definitions = definitions;
    }

    /** Submits (or resubmits) a definition: it awaits review, and actual values entered before are dropped. */
    @Transactional
    public FrameworkInputs.SlotView define(AgencyYear id, String indicatorCode,
            FrameworkInputs.SlotDefinitionRequest request, String caller) {
        if (request == null || request.children() == null) {
            throw InputRejected.invalid(List.of(new FieldError("children", "REQUIRED", "自定义指标列表 children 为必填项")));
        }
        List<FrameworkInputs.SlotIndicator> items = request.children();
        if (items.size() > Slot.MAX_CHILDREN) {
            throw InputRejected.invalid(List.of(new FieldError("children", "TOO_MANY", "部门自定义指标最多 "
                    + Slot.MAX_CHILDREN + " 项，实为 " + items.size() + " 项")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<DefinedIndicator> defined = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            defined.add(item(errors, i, items.get(i), names));
        }
        if (errors.isEmpty()) {
            InputChecks.indicator(errors, frameworks.scoring(id), indicatorCode)
                    .ifPresent(indicator -> fits(errors, indicator, defined));
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        AgencyIndicator key = new AgencyIndicator(id, indicatorCode);
        DepartmentSlot stored = DepartmentSlot.findById(key);
        boolean first = stored == null;
        if (first) {
            stored = new DepartmentSlot();
            stored.id = key;
        }
        Instant now = StoredTime.now();
        stored.status = Status.SUBMITTED.name();
        stored.children = definitions.write(defined);
        stored.submittedAt = now;
        stored.submittedBy = caller;
        stored.reviewedAt = null;
        stored.reviewedBy = null;
        stored.reviewReason = null;
        stored.actualsAt = null;
        stored.actualsBy = null;
        if (first) {
            stored.persist();
        }
        scores.recalculate(id, now);
        return definitions.view(stored);
    }

    /** The finance bureau approves a submitted definition, or returns it with a reason. */
    @Transactional
    public FrameworkInputs.SlotView review(AgencyYear id, String indicatorCode, FrameworkInputs.SlotReviewRequest request,
            String caller) {
        DepartmentSlot stored = existing(id, indicatorCode, "审核");
        List<FieldError> errors = new ArrayList<>();
        String decision = request == null ? null : request.decision();
        boolean approved = "approved".equals(decision);
        if (!approved && !"returned".equals(decision)) {
            errors.add(new FieldError("decision", "INVALID_VALUE", "审核结论须为 approved（通过）或 returned（退回）"));
        }
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank()) {
            if ("returned".equals(decision)) {
                errors.add(new FieldError("reason", "REQUIRED", "退回须说明理由"));
            }
            reason = null;
        } else {
            InputChecks.text(errors, "reason", reason, MAX_REASON, true);
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        if (!Status.SUBMITTED.name().equals(stored.status)) {
            throw InputRejected.conflict("指标 " + indicatorCode + " 的自定义指标当前" + SlotDefinitions.label(stored.status)
                    + "，只有待审核的定义可以审核", List.of());
        }
        Instant now = StoredTime.now();
        stored.status = (approved ? Status.APPROVED : Status.RETURNED).name();
        stored.reviewedAt = now;
        stored.reviewedBy = caller;
        stored.reviewReason = reason;
        scores.recalculate(id, now);
        return definitions.view(stored);
    }

    /** The department's actual values of an approved definition; the whole set is replaced. */
    @Transactional
    public FrameworkInputs.SlotView report(AgencyYear id, String indicatorCode, FrameworkInputs.SlotActualsRequest request,
            String caller) {
        DepartmentSlot stored = existing(id, indicatorCode, "填报实际值");
        List<DefinedIndicator> defined = definitions.read(stored.children);
        List<FrameworkInputs.ActualValue> items = request == null || request.items() == null ? null : request.items();
        if (items == null) {
            throw InputRejected.invalid(List.of(new FieldError("items", "REQUIRED", "实际值列表 items 为必填项")));
        }
        if (items.size() > defined.size()) {
            throw InputRejected.invalid(List.of(new FieldError("items", "TOO_MANY", "实际值最多 " + defined.size()
                    + " 项（每项自定义指标一项），实为 " + items.size() + " 项")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, BigDecimal> actuals = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            FrameworkInputs.ActualValue item = items.get(i);
            Integer index = i;
            Integer position = item == null ? null : position(indicatorCode, item.code(), defined.size());
            if (position == null) {
                errors.add(new FieldError(index, "code", "UNKNOWN_INDICATOR", "编码须为 " + Slot.childCode(indicatorCode, 1)
                        + " 至 " + Slot.childCode(indicatorCode, defined.size()) + " 之一"));
            } else if (actuals.containsKey(position)) {
                errors.add(new FieldError(index, "code", "DUPLICATE", "指标 " + item.code() + " 重复填报"));
            }
            if (item == null || item.actualValue() == null) {
                errors.add(new FieldError(index, "actualValue", "REQUIRED", "实际值为必填项"));
            } else {
                InputChecks.figure(errors, index, "actualValue", item.actualValue(), "实际值");
            }
            if (position != null && item.actualValue() != null) {
                actuals.putIfAbsent(position, item.actualValue());
            }
        }
        if (!errors.isEmpty()) {
            throw InputRejected.invalid(errors);
        }
        if (!Status.APPROVED.name().equals(stored.status)) {
            throw InputRejected.conflict("指标 " + indicatorCode + " 的自定义指标当前" + SlotDefinitions.label(stored.status)
                    + "，审核通过后才能填报实际值", List.of());
        }
        List<DefinedIndicator> reported = new ArrayList<>();
        for (int i = 0; i < defined.size(); i++) {
            DefinedIndicator d = defined.get(i);
            reported.add(new DefinedIndicator(d.name(), d.category(), d.unit(), d.direction(), d.targetValue(),
                    d.weight(), actuals.get(i)));
        }
        Instant now = StoredTime.now();
        stored.children = definitions.write(reported);
        stored.actualsAt = now;
        stored.actualsBy = caller;
        scores.recalculate(id, now);
        return definitions.view(stored);
    }

    public List<FrameworkInputs.SlotView> list(AgencyYear id) {
        return DepartmentSlot.of(id).stream().map(definitions::view).toList();
    }

    private static DepartmentSlot existing(AgencyYear id, String indicatorCode, String what) {
        DepartmentSlot stored = DepartmentSlot.findById(new AgencyIndicator(id, indicatorCode));
        if (stored == null) {
            throw Refusal.notFound("指标 " + indicatorCode + " 尚无部门自定义指标，无法" + what);
        }
        return stored;
    }

    /** The 0-based position of {@code <slot>.D<n>} among {@code size} defined indicators, or null. */
    private static Integer position(String slotCode, String code, int size) {
        for (int n = 1; n <= size; n++) {
            if (Slot.childCode(slotCode, n).equals(code)) {
                return n - 1;
            }
        }
        return null;
    }

    /**
     * Checks the fields of one item, named by their path ({@code children[1].unit}) as the JSON reader names them;
     * what the framework says of it (weight, category) is checked against the slot.
     */
    private static DefinedIndicator item(List<FieldError> errors, int i, FrameworkInputs.SlotIndicator item,
            Set<String> names) {
        String at = "children[" + i + "].";
        if (item == null || item.name() == null || item.name().isBlank()) {
            errors.add(new FieldError(at + "name", "REQUIRED", "自定义指标名称为必填项"));
            return null;
        }
        InputChecks.text(errors, at + "name", item.name(), 200, false);
        if (!names.add(item.name())) {
            errors.add(new FieldError(at + "name", "DUPLICATE", "自定义指标名称“" + item.name() + "”重复"));
        }
        InputChecks.text(errors, at + "category", item.category(), 20, false);
        if (item.unit() == null || item.unit().isBlank()) {
            errors.add(new FieldError(at + "unit", "REQUIRED", "计量单位为必填项"));
        } else {
            InputChecks.text(errors, at + "unit", item.unit(), 20, false);
        }
        TargetDirection direction = TargetDirection.of(item.direction()).orElse(null);
        if (direction == null) {
            errors.add(new FieldError(at + "direction", "INVALID_VALUE", "方向须为 at-least（不低于）或 at-most（不高于）"));
        }
        if (item.targetValue() == null) {
            errors.add(new FieldError(at + "targetValue", "REQUIRED", "目标值为必填项"));
        } else {
            InputChecks.figure(errors, null, at + "targetValue", item.targetValue(), "目标值");
        }
        return new DefinedIndicator(item.name(), item.category(), item.unit(), direction, item.targetValue(),
                item.weight(), null);
    }

    private static void fits(List<FieldError> errors, Indicator indicator, List<DefinedIndicator> defined) {
        if (indicator.slot() == null) {
            InputChecks.wrongKind(errors, indicator, "NOT_SLOT", "部门自定义指标栏，不接受自定义指标");
            return;
        }
        SlotScoring.check(indicator.slot(), indicator.weight(), defined).forEach(e -> errors.add(
                new FieldError(e.path(), e.code().name(), e.message())));
    }
}
