package cn.jixiao.evaluation.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * A condition on an indicator, written as a boolean expression over the names measure expressions read, e.g.
 * {@code projectBudget == 0}. A condition that cannot be evaluated (a name without a value) does not hold.
 *
 * @param reason what the condition means, in Chinese, for explanations: 单位无项目
 * @param then for {@code notApplicable}: what the indicator scores instead of being measured
 * @param scope for {@code veto}: what the veto zeroes
 */
public record Condition(String when, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) Award then,
        @JsonInclude(JsonInclude.Include.NON_NULL) Scope scope) {

    public enum Award {
        /** 得满分 without measuring. */
        @JsonProperty("full-points")
        FULL_POINTS,
        /** 0 points, and the parent scales its other children up to its weight. */
        @JsonProperty("redistribute")
        REDISTRIBUTE
    }

    public enum Scope {
        @JsonProperty("indicator")
        INDICATOR,
        @JsonProperty("parent")
        PARENT
    }

    boolean holds(MeasureValues values) {
        return Formula.compile(when, "", new ErrorList())
                .flatMap(formula -> formula.evaluate(values.names()))
                .filter(value -> value.isBooleanValue())
                .map(value -> value.getBooleanValue())
                .orElse(false);
    }

    /** Adds the errors of a not-applicable condition at {@code path}. */
    void validateNotApplicable(String path, boolean leaf, MeasureCatalog catalog, ErrorList errors) {
        common(path, catalog, errors);
        if (!leaf) {
            errors.add(path, Code.INVALID_VALUE, "“不适用”条件只能用于末级指标");
        }
        if (then == null) {
            errors.add(path + ".then", Code.REQUIRED, "缺少不适用时的计分方式 then（full-points 或 redistribute）");
        }
        if (scope != null) {
            errors.add(path + ".scope", Code.UNKNOWN_FIELD, "“不适用”条件没有 scope，只有一票否决有");
        }
    }

    /** Adds the errors of a veto at {@code path}; a top-level indicator has no parent to veto. */
    void validateVeto(String path, boolean topLevel, MeasureCatalog catalog, ErrorList errors) {
        common(path, catalog, errors);
        if (scope == null) {
            errors.add(path + ".scope", Code.REQUIRED, "缺少一票否决的范围 scope（indicator 或 parent）");
        } else if (scope == Scope.PARENT && topLevel) {
            errors.add(path + ".scope", Code.INVALID_VALUE, "一级指标没有上级指标，一票否决范围不能为 parent");
        }
        if (then != null) {
            errors.add(path + ".then", Code.UNKNOWN_FIELD, "一票否决没有 then，只有“不适用”条件有");
        }
    }

    private void common(String path, MeasureCatalog catalog, ErrorList errors) {
        catalog.condition(when, path + ".when", errors);
        if (reason == null || reason.isBlank()) {
            errors.add(path + ".reason", Code.REQUIRED, "缺少条件说明 reason");
        }
    }
}
