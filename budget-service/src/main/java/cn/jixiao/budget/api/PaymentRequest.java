package cn.jixiao.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment (支付凭证) as the finance system sends it; {@code oriPayAppId} makes it a reversal (退款/更正). */
public record PaymentRequest(
        String payAppId,
        String oriPayAppId,
        String payCertNo,
        String bgtId,
        String agencyCode,
        Integer fiscalYear,
        BigDecimal xpayAmt,
        LocalDate payDate,
        String useDes,
        String contractNo) {
}
