package cn.jixiao.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Budget execution of one agency in one fiscal year, computed from the ledger. Amounts in 元 with two decimals; rates
 * in percent with two decimals (null when the denominator is zero).
 */
public record ExecutionSummary(
        String agencyCode,
        String agencyName,
        String mofDivCode,
        int fiscalYear,
        int authorizedStaff,
        int actualStaff,
        Budget budget,
        BigDecimal spending,
        BigDecimal executionRate,
        Part basic,
        Part project,
        List<EconomicClass> economicClasses,
        List<Project> projects,
        PublicExpenses publicExpenses,
        ThreePublic threePublic,
        CarryOver carryOver,
        List<Month> monthly,
        FixedAssets fixedAssets,
        AsOf asOf) {

    /** 年初预算 (initial lines of source 1) and 调整后预算 (every line and adjustment). */
    public record Budget(BigDecimal initial, BigDecimal adjusted) {
    }

    /** 基本支出 or 项目支出. */
    public record Part(BigDecimal budget, BigDecimal spending, BigDecimal rate) {
    }

    public record EconomicClass(String code, String name, BigDecimal budget, BigDecimal spending) {
    }

    public record Project(String proCode, String proName, BigDecimal budget, BigDecimal spending, BigDecimal rate) {
    }

    /** 公用经费: the 运转类 part of basic expenditure; control rate = actual ÷ budget. */
    public record PublicExpenses(BigDecimal budget, BigDecimal actual, BigDecimal controlRate) {
    }

    /** "三公"经费 in its three published groups. */
    public record ThreePublic(BigDecimal budget, BigDecimal actual, BigDecimal controlRate, List<Group> groups) {
        public record Group(String group, String name, BigDecimal budget, BigDecimal actual) {
        }
    }

    /** 结转结余 = adjusted budget − spending; rate = that ÷ adjusted budget. */
    public record CarryOver(BigDecimal amount, BigDecimal rate) {
    }

    public record Month(int month, BigDecimal spending, BigDecimal cumulative, BigDecimal cumulativeRate) {
    }

    /** The latest fixed-asset snapshot within the year; utilisation = in use ÷ total (固定资产利用率). */
    public record FixedAssets(LocalDate snapshotDate, BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue,
            BigDecimal utilisationRate) {
    }

    /** The last ledger change of the agency that this answer includes. */
    public record AsOf(long sequence, Instant time) {
    }
}
