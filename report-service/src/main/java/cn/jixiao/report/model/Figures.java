package cn.jixiao.report.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Every figure the report states, exactly as its source served it: amounts in 元 with two decimals, rates in percent
 * with two decimals (null when there is no basis), each source with its {@code asOf}. Display in 万元 is derived.
 */
public record Figures(
        BigDecimal initialBudget,
        BigDecimal adjustedBudget,
        BigDecimal spending,
        BigDecimal executionRate,
        BigDecimal carryOverAmount,
        BigDecimal carryOverRate,
        BigDecimal basicSpending,
        BigDecimal projectBudget,
        BigDecimal projectSpending,
        BigDecimal projectSpendingRate,
        List<Amount> economicClasses,
        List<Project> projects,
        BigDecimal publicExpenseBudget,
        BigDecimal publicExpenseActual,
        BigDecimal publicExpenseControlRate,
        BigDecimal threePublicBudget,
        BigDecimal threePublicActual,
        BigDecimal fixedAssetsTotal,
        BigDecimal fixedAssetsInUse,
        BigDecimal fixedAssetUtilisation,
        Integer authorizedStaff,
        Integer actualStaff,
        BigDecimal totalScore,
        String grade,
        AsOf ledgerAsOf,
        AsOf scoresAsOf) {

    /** A named amount in 元: an economic class (code 301, name 工资福利支出, its spending). */
    public record Amount(String code, String name, BigDecimal amount) {
    }

    /** A project (proCode, proName): its adjusted budget and spending in 元, and its spending rate in percent. */
    public record Project(String code, String name, BigDecimal budget, BigDecimal spending, BigDecimal rate) {
    }

    /** What a source's figures include: its sequence (ledger) and time. */
    public record AsOf(long sequence, Instant time) {
    }
}
