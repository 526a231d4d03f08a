package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import cn.jixiao.evaluation.scoring.DeductionRule.Direction;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * A threshold that is another figure, not a constant: full marks when the measure is at most ({@code at-most}) or at
 * least ({@code at-least}) the {@code reference} measure, else 0, e.g. "结余不超过上年结转得满分，超过不得分".
 */
public record CompareRule(String measure, Direction direction, String reference) implements MeasuredRule {

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        MeasureInfo m = values.catalog().info(measure);
        MeasureInfo r = values.catalog().info(reference);
        Optional<BigDecimal> value = values.rate(measure);
        Optional<BigDecimal> threshold = values.rate(reference);
        if (value.isEmpty()) {
            return RuleOutcome.missing(m);
        }
        if (threshold.isEmpty()) {
            return RuleOutcome.missing(r);
        }
        int order = value.get().compareTo(threshold.get());
        boolean met = direction == Direction.AT_MOST ? order <= 0 : order >= 0;
        String figures = m.label() + " " + m.format(value.get()) + "，" + (met ? relation(true) : relation(false))
                + r.label() + " " + r.format(threshold.get()) + "，";
        String points = Numbers.plain(indicator.weight());
        return met
                ? RuleOutcome.scored(value.get(), indicator.weight(), figures + "得满分 " + points + " 分")
                : RuleOutcome.scored(value.get(), BigDecimal.ZERO, figures + "得 0.00 分（满分 " + points + " 分）");
    }

    /** 不超过 / 超过, 不低于 / 低于 */
    private String relation(boolean met) {
        String word = direction == Direction.AT_MOST ? "超过" : "低于";
        return met ? "不" + word : word;
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        return catalog.info(measure).label() + relation(true) + catalog.info(reference).label() + "得满分 "
                + Numbers.plain(weight) + " 分，否则不得分";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        catalog.validateSingleValue(reference, path + ".reference", errors);
        if (direction == null) {
            errors.add(path + ".direction", Code.REQUIRED, "缺少比较方向 direction（at-least 或 at-most）");
        }
    }
}
