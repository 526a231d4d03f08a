package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * What a rule made of a leaf.
 *
 * @param value the measured rate in percent (two decimals), or null when there is none
 * @param score two decimals, 0 when the input is missing
 * @param explanation one line of Chinese: the figure, the rule applied, the points
 */
public record RuleOutcome(BigDecimal value, BigDecimal score, ScoreStatus status, String explanation) {

    static RuleOutcome scored(BigDecimal value, BigDecimal score, String explanation) {
        return new RuleOutcome(value, Numbers.round(score), ScoreStatus.SCORED, explanation);
    }

    /** A measure without a value: 数据不足 when the ledger cannot give it, 待填报 when the department has not. */
    static RuleOutcome missing(MeasureInfo measure) {
        return measure.source() == Measure.Source.LEDGER
                ? new RuleOutcome(null, Numbers.ZERO_POINTS, ScoreStatus.INSUFFICIENT_DATA,
                        "数据不足：账务数据尚不能算出" + measure.label() + "（如无预算或无支出记录）")
                : pending("待填报：尚未填报" + measure.label());
    }

    static RuleOutcome pending(String explanation) {
        return new RuleOutcome(null, Numbers.ZERO_POINTS, ScoreStatus.PENDING_INPUT, explanation);
    }
}
