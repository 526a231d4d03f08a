package cn.jixiao.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;

/** One agency in the finance bureau's overview of a region's year. */
public record ScoreSummary(String agencyCode, String agencyName, String mofDivCode, int fiscalYear, BigDecimal total,
        String grade, BigDecimal executionRate, long ledgerSequence, Instant computedAt) {
}
