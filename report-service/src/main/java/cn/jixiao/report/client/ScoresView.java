package cn.jixiao.report.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of evaluation-service's score view (docs/evaluation-api.md) that the report states. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoresView(
        String agencyCode,
        String frameworkId,
        String frameworkVersion,
        BigDecimal total,
        String grade,
        List<Indicator> indicators,
        AsOf asOf) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, BigDecimal weight, BigDecimal value, BigDecimal score,
            String status, String explanation, List<Indicator> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AsOf(long ledgerSequence, Instant computedAt) {
    }
}
