package cn.jixiao.report.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The finance bureau's overview of a region's year: every scored agency with its budget figures (元), execution
 * rate, the scores of the top-level indicators (in the order of {@code indicators}, null where the agency's framework
 * has no such indicator or it has no scores), total, grade and the workflow status of its report.
 */
public record RegionOverview(String mofDivCode, int fiscalYear, List<String> indicators, List<Row> rows) {

    public record Row(String agencyCode, String agencyName, BigDecimal adjustedBudget, BigDecimal spending,
            BigDecimal executionRate, List<BigDecimal> indicatorScores, BigDecimal total, String grade,
            String reportStatus) {
    }
}
