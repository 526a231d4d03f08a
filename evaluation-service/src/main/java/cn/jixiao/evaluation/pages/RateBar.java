package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;

/**
 * An execution rate drawn against its milestone, in an SVG whose x axis runs from 0 to 100 %.
 *
 * @param fill the bar's length, the rate capped at 100
 * @param target where the milestone mark stands
 * @param behind whether the rate falls short of the milestone
 */
record RateBar(BigDecimal fill, BigDecimal target, boolean behind, String description) {

    private static final BigDecimal FULL = new BigDecimal("100");

    static RateBar of(BigDecimal rate, Milestones.Milestone milestone) {
        if (rate == null) {
            return null;
        }
        BigDecimal fill = rate.max(BigDecimal.ZERO).min(FULL);
        return new RateBar(fill, milestone.target(), rate.compareTo(milestone.target()) < 0,
                "支出完成率 " + rate.toPlainString() + "%，序时进度 " + milestone.label());
    }
}
