package cn.jixiao.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of an agency-year's total or grade: the value of topic {@code evaluation.scores.v1} (key agencyCode), of
 * the score streams, and of an entry in the score history.
 */
public record ScoreChange(String agencyCode, String mofDivCode, int fiscalYear, BigDecimal total, String grade,
        BigDecimal previousTotal, String previousGrade, long ledgerSequence, Instant changedAt) {
}
