package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One indicator of the tree (一级, 二级 or 三级). A parent's score is the sum of its children's; only leaves have a
 * rule.
 *
 * @param weight the indicator's points (分值), at most two decimals
 * @param notApplicable on a leaf: when it holds, the leaf is not measured but gets full points or gives its points to
 *            its siblings
 * @param veto when it holds, the indicator (or its parent) scores 0 whatever its children score
 * @param slot instead of a rule: the department defines this indicator's children (部门特性指标)
 */
public record Indicator(
        String code,
        String name,
        BigDecimal weight,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Indicator> children,
        @JsonInclude(JsonInclude.Include.NON_NULL) Rule rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) Condition notApplicable,
        @JsonInclude(JsonInclude.Include.NON_NULL) Condition veto,
        @JsonInclude(JsonInclude.Include.NON_NULL) Slot slot) {

    public Indicator {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf whose not-applicable condition holds and whose points go to its siblings. */
    boolean redistributed(MeasureValues values) {
        return notApplicable != null && notApplicable.then() == Condition.Award.REDISTRIBUTE
                && notApplicable.holds(values);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
