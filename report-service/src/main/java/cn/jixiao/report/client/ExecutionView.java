package cn.jixiao.report.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of budget-service's execution summary (docs/api.md) that the report states. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutionView(
        String agencyCode,
        String agencyName,
        String mofDivCode,
        int fiscalYear,
        Integer authorizedStaff,
        Integer actualStaff,
        Budget budget,
        BigDecimal spending,
        BigDecimal executionRate,
        Part basic,
        Part project,
        List<Named> economicClasses,
        List<Project> projects,
        PublicExpenses publicExpenses,
        ThreePublic threePublic,
        CarryOver carryOver,
        FixedAssets fixedAssets,
        AsOf asOf) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(BigDecimal initial, BigDecimal adjusted) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(BigDecimal budget, BigDecimal spending, BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String code, String name, BigDecimal budget, BigDecimal spending) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String proCode, String proName, BigDecimal budget, BigDecimal spending, BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicExpenses(BigDecimal budget, BigDecimal actual, BigDecimal controlRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ThreePublic(BigDecimal budget, BigDecimal actual) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CarryOver(BigDecimal amount, BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FixedAssets(BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue, BigDecimal utilisationRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AsOf(long sequence, Instant time) {
    }
}
