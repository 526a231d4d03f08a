package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 序时进度: the cumulative share of the adjusted budget to be spent by the end of June, September, November and
 * December. The target of a month is that of the milestone it leads up to; a past year is held to its year-end target.
 */
final class Milestones {

    record Milestone(int month, BigDecimal target) {

        String label() {
            return (month == 12 ? "年末" : month + "月末") + " " + target.toPlainString() + "%";
        }
    }

    static final List<Milestone> ALL = List.of(
            new Milestone(6, new BigDecimal("50")),
            new Milestone(9, new BigDecimal("75")),
            new Milestone(11, new BigDecimal("90")),
            new Milestone(12, new BigDecimal("100")));

    private Milestones() {
    }

    static Milestone current(int fiscalYear, LocalDate today) {
        int month = fiscalYear < today.getYear() ? 12 : fiscalYear > today.getYear() ? 1 : today.getMonthValue();
        return ALL.stream().filter(m -> m.month() >= month).findFirst().orElseThrow();
    }

    /** The months of the fiscal year that have begun: none before it, all twelve after it. */
    static int monthsBegun(int fiscalYear, LocalDate today) {
        return fiscalYear < today.getYear() ? 12 : fiscalYear > today.getYear() ? 0 : today.getMonthValue();
    }
}
