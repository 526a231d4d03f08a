package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.function.BiFunction;

/** A rule that scores one measure: its basis is that measure's name. */
public sealed interface MeasuredRule extends Rule
        permits ProportionalRule, DeductionRule, BandsRule, StepsRule, BetweenRule, CompareRule, CoefficientRule {

    /** The id of the measure scored. */
    String measure();

    /** Scores the measure's value with {@code score}; an absent value is 数据不足. */
    default RuleOutcome scoreMeasured(MeasureValues values, BiFunction<MeasureInfo, BigDecimal, RuleOutcome> score) {
        MeasureInfo info = values.catalog().info(measure());
        return values.rate(measure()).map(value -> score.apply(info, value))
                .orElseGet(() -> RuleOutcome.missing(info));
    }

    @Override
    default String basis(MeasureCatalog catalog) {
        return catalog.info(measure()).label();
    }
}
