package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import cn.jixiao.evaluation.scoring.ProportionalRule.Direction;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * 得分系数 × 分值: the coefficient is the measure against its target (higher-better: value ÷ target; lower-better:
 * target ÷ value), at most 1, at least 0, to four decimals. A target adjusted mid-year (调整后目标) replaces the
 * original one, which stays on record. A core indicator (核心指标) that misses its target can cap the grade, see
 * {@link Framework#coreGradeCap()}.
 */
public record CoefficientRule(String measure, Direction direction, BigDecimal target, BigDecimal adjustedTarget,
        Boolean core) implements MeasuredRule {

    private static final int COEFFICIENT_SCALE = 4;

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(m, value, indicator.weight()));
    }

    private RuleOutcome score(MeasureInfo m, BigDecimal value, BigDecimal weight) {
        BigDecimal coefficient = coefficient(value);
        BigDecimal score = Numbers.round(weight.multiply(coefficient));
        String missed = isCore() && coefficient.compareTo(BigDecimal.ONE) < 0 ? "；核心指标未达到目标" : "";
        return RuleOutcome.scored(value, score, m.label() + " " + m.format(value) + "，对照" + targets(m)
                + "，得分系数 " + coefficient.toPlainString() + "，得 " + Numbers.score(score) + " 分（满分 "
                + Numbers.plain(weight) + " 分）" + missed);
    }

    private BigDecimal coefficient(BigDecimal value) {
        BigDecimal goal = effectiveTarget();
        boolean met = direction == Direction.HIGHER_BETTER ? value.compareTo(goal) >= 0 : value.compareTo(goal) <= 0;
        if (met) {
            return BigDecimal.ONE.setScale(COEFFICIENT_SCALE);
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(COEFFICIENT_SCALE);
        return direction == Direction.HIGHER_BETTER
                ? value.divide(goal, COEFFICIENT_SCALE, RoundingMode.HALF_UP).max(zero)
                : goal.divide(value, COEFFICIENT_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal effectiveTarget() {
        return adjustedTarget == null ? target : adjustedTarget;
    }

    /** 调整后目标 100%（原目标 110%）, or 目标 100% */
    private String targets(MeasureInfo m) {
        return adjustedTarget == null
                ? "目标 " + Numbers.plain(target) + m.unit()
                : "调整后目标 " + Numbers.plain(adjustedTarget) + m.unit() + "（原目标 " + Numbers.plain(target) + m.unit()
                        + "）";
    }

    boolean isCore() {
        return Boolean.TRUE.equals(core);
    }

    /** A core indicator whose measure is known and below its target. */
    boolean coreMissed(MeasureValues values) {
        Optional<BigDecimal> value = values.rate(measure);
        return isCore() && value.isPresent() && coefficient(value.get()).compareTo(BigDecimal.ONE) < 0;
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        MeasureInfo m = catalog.info(measure);
        String ratio = direction == Direction.HIGHER_BETTER ? m.label() + " ÷ 目标值" : "目标值 ÷ " + m.label();
        return "得分系数 = " + ratio + "（" + targets(m) + "），不超过 1；得分 = 系数 × " + Numbers.plain(weight) + " 分"
                + (isCore() ? "；核心指标" : "");
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (direction == null) {
            errors.add(path + ".direction", Code.REQUIRED, "缺少计分方向 direction（higher-better 或 lower-better）");
        }
        if (target == null) {
            errors.add(path + ".target", Code.REQUIRED, "缺少原目标值 target");
        } else if (target.signum() <= 0) {
            errors.add(path + ".target", Code.INVALID_VALUE, "目标值必须大于 0");
        }
        if (adjustedTarget != null && adjustedTarget.signum() <= 0) {
            errors.add(path + ".adjustedTarget", Code.INVALID_VALUE, "调整后目标值必须大于 0");
        }
    }
}
