package cn.jixiao.report.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One agency of evaluation-service's region overview (docs/evaluation-api.md), the parts the overview sheet shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionScoreView(String agencyCode, String agencyName, String mofDivCode, BigDecimal total, String grade,
        BigDecimal executionRate) {
}
