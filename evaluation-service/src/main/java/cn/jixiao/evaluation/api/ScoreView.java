package cn.jixiao.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.jixiao.evaluation.scoring.ScoredIndicator;

/**
 * An agency-year's scores as the score API serves them: the indicator tree with measured values, scores, weights,
 * rules and explanations; the total and grade; and what the figures include ({@code asOf}).
 */
public record ScoreView(
        String agencyCode,
        String agencyName,
        String mofDivCode,
        int fiscalYear,
        String frameworkId,
        String frameworkVersion,
        BigDecimal total,
        String grade,
        List<ScoredIndicator> indicators,
        AsOf asOf) {

    /** The last ledger event (agency sequence and its time) and the last department input included. */
    public record AsOf(long ledgerSequence, Instant ledgerEventAt, Instant inputChangedAt, Instant computedAt) {
    }
}
