package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Proportional, capped at the weight. Higher is better: weight × min(value ÷ target, 1), never below 0. Lower is
 * better: weight × min(target ÷ value, 1), full marks for a value of 0 or less.
 *
 * @param target in percent, above 0
 */
public record ProportionalRule(String measure, Direction direction, BigDecimal target) implements MeasuredRule {

    public enum Direction {
        @JsonProperty("higher-better")
        HIGHER_BETTER,
        @JsonProperty("lower-better")
        LOWER_BETTER
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(m, value, indicator.weight()));
    }

    private RuleOutcome score(MeasureInfo m, BigDecimal value, BigDecimal weight) {
        String figure = m.label() + " " + m.format(value) + "，";
        if (direction == Direction.HIGHER_BETTER) {
            if (value.compareTo(target) >= 0) {
                return RuleOutcome.scored(value, weight,
                        figure + "达到目标 " + Numbers.plain(target) + "%，得满分 " + Numbers.plain(weight) + " 分");
            }
            BigDecimal score = weight.multiply(value).divide(target, 2, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
            return RuleOutcome.scored(value, score, figure + proportionally(score, weight));
        }
        if (value.compareTo(target) <= 0) {
            return RuleOutcome.scored(value, weight,
                    figure + "不超过 " + Numbers.plain(target) + "%，得满分 " + Numbers.plain(weight) + " 分");
        }
        BigDecimal score = weight.multiply(target).divide(value, 2, RoundingMode.HALF_UP);
        return RuleOutcome.scored(value, score,
                figure + "超过 " + Numbers.plain(target) + "%，" + proportionally(score, weight));
    }

    private static String proportionally(BigDecimal score, BigDecimal weight) {
        return "按比例得分 " + Numbers.score(score) + " 分（满分 " + Numbers.plain(weight) + " 分）";
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        String label = basis(catalog);
        String target = Numbers.plain(this.target) + "%";
        String points = Numbers.plain(weight);
        return direction == Direction.HIGHER_BETTER
                ? label + "达到 " + target + " 得满分 " + points + " 分，未达到按" + label + " ÷ " + target + " 的比例得分"
                : label + "不超过 " + target + " 得满分 " + points + " 分，超过按 " + target + " ÷ " + label + " 的比例得分";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (direction == null) {
            errors.add(path + ".direction", Code.REQUIRED, "缺少计分方向 direction（higher-better 或 lower-better）");
        }
        if (target == null) {
            errors.add(path + ".target", Code.REQUIRED, "缺少目标值 target");
        } else if (target.signum() <= 0) {
            errors.add(path + ".target", Code.INVALID_VALUE, "目标值必须大于 0");
        }
    }
}
