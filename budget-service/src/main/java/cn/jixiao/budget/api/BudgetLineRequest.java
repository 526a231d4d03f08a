package cn.jixiao.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A budget line (预算指标) as the finance system sends it; {@code oriBgtId} makes it an adjustment. */
public record BudgetLineRequest(
        String bgtId,
        String oriBgtId,
        String agencyCode,
        String mofDivCode,
        Integer fiscalYear,
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
        LocalDate docDate) {
}
