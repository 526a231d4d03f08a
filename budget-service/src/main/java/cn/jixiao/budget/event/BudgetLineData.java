package cn.jixiao.budget.event;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code data} of BudgetLineRecorded and BudgetLineAdjusted. {@code adjustedAmount} is the adjusted budget of the
 * original line after this change (its amount plus all its adjustments so far). {@code expenseKind},
 * {@code threePublicGroup} (null outside "三公") and {@code initialBudget} are budget-service's classification of the
 * line, so that consumers sum by them instead of deciding codes themselves.
 */
public record BudgetLineData(
        String bgtId,
        String oriBgtId,
        String agencyCode,
        String mofDivCode,
        int fiscalYear,
        String proCode,
        String proName,
        String proCatCode,
        String expFuncCode,
        String depBgtEcoCode,
        String govBgtEcoCode,
        String fundTypeCode,
        String sourceTypeCode,
        BigDecimal amount,
        String docNo,
        LocalDate docDate,
        BigDecimal adjustedAmount,
        String expenseKind,
        String threePublicGroup,
        boolean initialBudget) {
}
