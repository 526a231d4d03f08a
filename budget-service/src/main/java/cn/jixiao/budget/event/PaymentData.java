package cn.jixiao.budget.event;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code data} of PaymentRecorded and PaymentReversed. The classification of the budget line the payment draws on is
 * copied in (its codes and 指标来源, and its {@code expenseKind} and {@code threePublicGroup}), so that a consumer can
 * aggregate without looking the line up.
 */
public record PaymentData(
        String payAppId,
        String oriPayAppId,
        String payCertNo,
        String bgtId,
        String agencyCode,
        int fiscalYear,
        BigDecimal xpayAmt,
        LocalDate payDate,
        String useDes,
        String contractNo,
        String proCode,
        String proName,
        String proCatCode,
        String expFuncCode,
        String depBgtEcoCode,
        String govBgtEcoCode,
        String fundTypeCode,
        String sourceTypeCode,
        String expenseKind,
        String threePublicGroup) {
}
