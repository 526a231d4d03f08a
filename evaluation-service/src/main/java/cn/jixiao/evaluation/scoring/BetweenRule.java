package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Full marks from {@code floor} to {@code ceiling} (both inclusive), minus {@code pointsPerPercent} for each
 * percentage point below the floor or above the ceiling, down to 0: a deduction on both sides, as for a budget
 * adjustment that may be neither too small nor too large.
 */
public record BetweenRule(String measure, BigDecimal floor, BigDecimal ceiling, BigDecimal pointsPerPercent)
        implements MeasuredRule {

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(indicator, values, m, value));
    }

    /** Outside the corridor it is the one-sided deduction of the nearer end. */
    private RuleOutcome score(Indicator indicator, MeasureValues values, MeasureInfo m, BigDecimal value) {
        if (value.compareTo(floor) < 0) {
            return side(DeductionRule.Direction.AT_LEAST, floor).apply(indicator, values);
        }
        if (value.compareTo(ceiling) > 0) {
            return side(DeductionRule.Direction.AT_MOST, ceiling).apply(indicator, values);
        }
        return RuleOutcome.scored(value, indicator.weight(), m.label() + " " + m.format(value) + "，在 "
                + Numbers.plain(floor) + m.unit() + " 至 " + Numbers.plain(ceiling) + m.unit() + " 之间，得满分 "
                + Numbers.plain(indicator.weight()) + " 分");
    }

    private DeductionRule side(DeductionRule.Direction direction, BigDecimal threshold) {
        return new DeductionRule(measure, direction, threshold, pointsPerPercent);
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        MeasureInfo m = catalog.info(measure);
        return m.label() + "在 " + Numbers.plain(floor) + m.unit() + " 至 " + Numbers.plain(ceiling) + m.unit()
                + " 之间得满分 " + Numbers.plain(weight) + " 分，每低于下限或超过上限 1 个百分点扣 "
                + Numbers.plain(pointsPerPercent) + " 分，扣完为止";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (floor == null) {
            errors.add(path + ".floor", Code.REQUIRED, "缺少下限 floor");
        }
        if (ceiling == null) {
            errors.add(path + ".ceiling", Code.REQUIRED, "缺少上限 ceiling");
        } else if (floor != null && ceiling.compareTo(floor) < 0) {
            errors.add(path + ".ceiling", Code.INVALID_VALUE, "上限 ceiling 不能低于下限 floor");
        }
        if (pointsPerPercent == null) {
            errors.add(path + ".pointsPerPercent", Code.REQUIRED, "缺少每个百分点的扣分 pointsPerPercent");
        } else if (pointsPerPercent.signum() <= 0) {
            errors.add(path + ".pointsPerPercent", Code.INVALID_VALUE, "每个百分点的扣分必须大于 0");
        }
    }
}
