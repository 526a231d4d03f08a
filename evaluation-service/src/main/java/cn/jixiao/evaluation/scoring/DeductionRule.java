package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Full marks when the value meets the threshold, minus {@code pointsPerPercent} for each percentage point (fractions
 * count proportionally) below it ({@code at-least}) or above it ({@code at-most}), down to 0: "每低/超一个百分点扣 X
 * 分，扣完为止".
 *
 * @param threshold in percent
 */
public record DeductionRule(String measure, Direction direction, BigDecimal threshold, BigDecimal pointsPerPercent)
        implements MeasuredRule {

    public enum Direction {
        @JsonProperty("at-least")
        AT_LEAST,
        @JsonProperty("at-most")
        AT_MOST
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(m, value, indicator.weight()));
    }

    private RuleOutcome score(MeasureInfo m, BigDecimal value, BigDecimal weight) {
        boolean atLeast = direction == Direction.AT_LEAST;
        BigDecimal gap = atLeast ? threshold.subtract(value) : value.subtract(threshold);
        String figure = m.label() + " " + m.format(value) + "，";
        String points = Numbers.plain(weight);
        if (gap.signum() <= 0) {
            return RuleOutcome.scored(value, weight, figure + (atLeast ? "不低于 " : "不超过 ")
                    + Numbers.plain(threshold) + "%，得满分 " + points + " 分");
        }
        BigDecimal deduction = pointsPerPercent.multiply(gap);
        BigDecimal score = Numbers.round(weight.subtract(deduction).max(BigDecimal.ZERO));
        String deducted = score.signum() == 0
                ? "应扣 " + Numbers.score(deduction) + " 分，扣完为止"
                : "扣 " + Numbers.score(weight.subtract(score)) + " 分";
        return RuleOutcome.scored(value, score, figure + (atLeast ? "低于 " : "超过 ") + Numbers.plain(threshold)
                + "% 共 " + Numbers.score(gap) + " 个百分点，" + deducted + "，得 " + Numbers.score(score)
                + " 分（满分 " + points + " 分）");
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        boolean atLeast = direction == Direction.AT_LEAST;
        return basis(catalog) + (atLeast ? "不低于 " : "不超过 ") + Numbers.plain(threshold) + "% 得满分 "
                + Numbers.plain(weight) + " 分，每" + (atLeast ? "低" : "超") + " 1 个百分点扣 "
                + Numbers.plain(pointsPerPercent) + " 分，扣完为止";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (direction == null) {
            errors.add(path + ".direction", Code.REQUIRED, "缺少扣分方向 direction（at-least 或 at-most）");
        }
        if (threshold == null) {
            errors.add(path + ".threshold", Code.REQUIRED, "缺少达标值 threshold");
        }
        if (pointsPerPercent == null) {
            errors.add(path + ".pointsPerPercent", Code.REQUIRED, "缺少每个百分点的扣分 pointsPerPercent");
        } else if (pointsPerPercent.signum() <= 0) {
            errors.add(path + ".pointsPerPercent", Code.INVALID_VALUE, "每个百分点的扣分必须大于 0");
        }
    }
}
