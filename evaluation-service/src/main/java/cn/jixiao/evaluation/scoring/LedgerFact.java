package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One sum the ledger consumer keeps for {@link FilteredQuantity filtered quantities}: the amount of an agency-year's
 * budget lines (and adjustments) or payments (and reversals) that share one classification, and for spending one month
 * of payment date (docs/decisions.md, "Ledger facts").
 *
 * @param initialBudget budget only: the lines that count as 年初预算 (budget-service's {@code initialBudget})
 * @param expenseKind as the events carry it: {@code personnel}, {@code running} or {@code project}
 * @param sourceTypeCode 指标来源 1–4 of the line itself (an adjustment has its own; a payment carries its line's);
 *            empty for payments published before they carried it
 * @param projectCode empty when the line has none
 * @param month spending only: 1–12, the month of the payment date; 0 for budget
 */
public record LedgerFact(int fiscalYear, Flow flow, boolean initialBudget, String expenseKind, String sourceTypeCode,
        String economicCode, String functionCode, String projectCode, int month, BigDecimal amount) {

    public enum Flow {
        BUDGET,
        SPENDING
    }
}
