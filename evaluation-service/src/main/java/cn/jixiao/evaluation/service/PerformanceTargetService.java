package cn.jixiao.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.Inputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.PerformanceTarget;
import cn.jixiao.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The department's performance targets (绩效目标) with their actual values, replaced as a whole list, and followed at
 * once by a recalculation of the scores.
 */
@ApplicationScoped
public class PerformanceTargetService {

    private static final Set<String> CATEGORIES = Set.of("产出", "效益", "满意度");
    private static final Set<String> DIRECTIONS = Set.of("at-least", "at-most");
    /** A sensible bound of the list. */
    private static final int MAX_TARGETS = 200;

    private final ScoreService scores;

    PerformanceTargetService(ScoreService scores) {
        this.scores = scores;
    }

    @Transactional
    public Inputs.PerformanceTargets replace(AgencyYear id, Inputs.PerformanceTargets request) {
        List<FieldError> errors = new ArrayList<>();
        List<Inputs.PerformanceTargetItem> items = request == null || request.items() == null ? List.of() : request.items();
        if (items.size() > MAX_TARGETS) {
            throw InputRejected.invalid(List.of(new FieldError("items", "TOO_MANY", "绩效目标最多 " + MAX_TARGETS + " 项")));
        }
        for (int i = 0; i < items.size(); i++) {
            Inputs.PerformanceTargetItem item = items.get(i);
            Integer index = i;
            if (item == null || item.name() == null || item.name().isBlank()) {
                errors.add(new FieldError(index, "name", "REQUIRED", "绩效目标名称为必填项"));
                continue;
            }
            InputChecks.text(errors, index, "name", item.name(), 200, false);
            if (item.category() == null || !CATEGORIES.contains(item.category())) {
                errors.add(new FieldError(index, "category", "INVALID_VALUE", "类别须为 产出、效益 或 满意度"));
            }
            InputChecks.text(errors, index, "subcategory", item.subcategory(), 8, false);
            if (item.direction() == null || !DIRECTIONS.contains(item.direction())) {
                errors.add(new FieldError(index, "direction", "INVALID_VALUE", "方向须为 at-least（不低于）或 at-most（不高于）"));
            }
            if (item.targetValue() == null) {
                errors.add(new FieldError(index, "targetValue", "REQUIRED", "目标值为必填项"));
            } else {
                InputChecks.figure(errors, index, "targetValue", item.targetValue(), "目标值");
            }
            if (item.actualValue() != null) {
                InputChecks.figure(errors, index, "actualValue", item.actualValue(), "实际值");
            }
            if (item.unit() == null || item.unit().isBlank()) {
                errors.add(new FieldError(index, "unit", "REQUIRED", "计量单位为必填项"));
            } else {
                InputChecks.text(errors, index, "unit", item.unit(), 20, false);
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
        scores.recalculate(id, StoredTime.now());
        return read(id);
    }

    public Inputs.PerformanceTargets read(AgencyYear id) {
        return new Inputs.PerformanceTargets(PerformanceTarget.of(id.agencyCode, id.fiscalYear).stream()
                .map(t -> new Inputs.PerformanceTargetItem(t.name, t.category, t.subcategory, t.direction,
                        t.targetValue, t.actualValue, t.unit))
                .toList());
    }
}
