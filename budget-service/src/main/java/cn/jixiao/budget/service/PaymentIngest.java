package cn.jixiao.budget.service;

import static cn.jixiao.budget.service.FieldRules.code;
import static cn.jixiao.budget.service.FieldRules.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.api.PaymentRequest;
import cn.jixiao.budget.event.EventType;
import cn.jixiao.budget.mapping.LedgerMapper;
import cn.jixiao.budget.outbox.OutboxWriter;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.budget.repository.BudgetLine;
import cn.jixiao.budget.repository.Payment;
import cn.jixiao.platform.problem.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Records payments and their reversals: validated all together, stored all together or not at all. */
@ApplicationScoped
public class PaymentIngest {

    private final OutboxWriter outbox;
    private final LedgerLimits limits;

    PaymentIngest(OutboxWriter outbox, LedgerLimits limits) {
        this.outbox = outbox;
        this.limits = limits;
    }

    @Transactional
    public IngestResult one(PaymentRequest item) {
        return ingest(Collections.singletonList(item), false).get(0);
    }

    @Transactional
    public List<IngestResult> batch(Batch<PaymentRequest> batch) {
        return ingest(BatchItems.of(batch), true);
    }

    /**
     * Records items as one part of the caller's longer transaction (a spreadsheet import), each item's errors indexed
     * by its position in {@code items}. A refusal leaves that transaction usable, so that the caller can go on
     * validating the rest of its items before it rolls back.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = LedgerRejection.class)
    public List<IngestResult> part(List<PaymentRequest> items) {
        return ingest(items, true);
    }

    private List<IngestResult> ingest(List<PaymentRequest> items, boolean batch) {
        LedgerSession session = LedgerSession.lock(items.stream().filter(Objects::nonNull)
                .map(PaymentRequest::agencyCode).toList());
        Set<String> paymentIds = new HashSet<>();
        Set<String> originalIds = new HashSet<>();
        Set<String> lineIds = new HashSet<>();
        for (PaymentRequest item : items) {
            if (item != null) {
                BatchItems.addIfPresent(paymentIds, item.payAppId());
                BatchItems.addIfPresent(paymentIds, item.oriPayAppId());
                BatchItems.addIfPresent(originalIds, item.oriPayAppId());
                BatchItems.addIfPresent(lineIds, item.bgtId());
            }
        }
        Map<String, Payment> payments = new HashMap<>();
        Payment.findByIds(paymentIds).forEach(payment -> payments.put(payment.payAppId, payment));
        Map<String, BudgetLine> lines = new HashMap<>();
        BudgetLine.findByIds(lineIds).forEach(line -> lines.put(line.bgtId, line));
        Map<String, BigDecimal> reversed = new HashMap<>(Payment.reversalTotals(originalIds));

        Violations v = new Violations();
        List<Payment> created = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Integer index = BatchItems.index(batch, i);
            v.at(index);
            PaymentRequest item = items.get(i);
            if (item == null) {
                v.add("items", ErrorCodes.REQUIRED, "条目不能为空");
                continue;
            }
            Payment recorded = item.payAppId() == null ? null : payments.get(item.payAppId());
            if (recorded != null) {
                List<String> differing = LedgerMapper.differences(recorded, item);
                if (differing.isEmpty()) {
                    results.add(new IngestResult(index, item.payAppId(), IngestResult.DUPLICATE,
                            recorded.ledgerSequence));
                } else {
                    Conflicts.report(v, "支付", item.payAppId(), differing);
                }
                continue;
            }
            int before = v.size();
            Agency agency = validate(v, item, session, lines, payments, reversed, limits.maxAmount());
            if (v.size() > before) {
                continue;
            }
            Payment payment = LedgerMapper.toEntity(item);
            payment.recordedAt = session.now();
            String type = EventType.PAYMENT_RECORDED;
            if (payment.isReversal()) {
                reversed.merge(payment.oriPayAppId, payment.xpayAmt, BigDecimal::add);
                type = EventType.PAYMENT_REVERSED;
            }
            payment.ledgerSequence = session.record(agency, type, payment.fiscalYear,
                    LedgerMapper.toData(payment, lines.get(payment.bgtId)));
            payments.put(payment.payAppId, payment);
            created.add(payment);
            results.add(new IngestResult(index, payment.payAppId, IngestResult.CREATED, payment.ledgerSequence));
        }
        v.throwIfAny();
        Payment.persist(created);
        outbox.append(session.events());
        return results;
    }

    private static Agency validate(Violations v, PaymentRequest r, LedgerSession session, Map<String, BudgetLine> lines,
            Map<String, Payment> payments, Map<String, BigDecimal> reversed, BigDecimal maxAmount) {
        if (required(v, "payAppId", r.payAppId())) {
            code(v, "payAppId", r.payAppId(), FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        }
        if (required(v, "payCertNo", r.payCertNo())) {
            code(v, "payCertNo", r.payCertNo(), FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        }
        boolean hasLine = required(v, "bgtId", r.bgtId())
                && code(v, "bgtId", r.bgtId(), FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        boolean hasAgency = required(v, "agencyCode", r.agencyCode())
                && code(v, "agencyCode", r.agencyCode(), FieldRules.AGENCY_CODE, "3–32 位字母或数字");
        boolean hasYear = required(v, "fiscalYear", r.fiscalYear()) && FieldRules.fiscalYear(v, "fiscalYear", r.fiscalYear());
        if (required(v, "useDes", r.useDes())) {
            FieldRules.text(v, "useDes", r.useDes(), 500);
        }
        code(v, "contractNo", r.contractNo() == null || r.contractNo().isBlank() ? null : r.contractNo(),
                FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        boolean amountOk = required(v, "xpayAmt", r.xpayAmt()) && FieldRules.money(v, "xpayAmt", r.xpayAmt(), maxAmount)
                && FieldRules.nonZero(v, "xpayAmt", r.xpayAmt());
        if (required(v, "payDate", r.payDate()) && hasYear && r.payDate().getYear() != r.fiscalYear()) {
            v.add("payDate", ErrorCode.DATE_OUTSIDE_YEAR,
                    "支付日期 " + r.payDate() + " 不在预算年度 " + r.fiscalYear() + " 内");
        }

        Agency agency = hasAgency ? session.agency(r.agencyCode()) : null;
        if (hasAgency && agency == null) {
            v.add("agencyCode", ErrorCode.UNKNOWN_AGENCY, "预算单位 " + r.agencyCode() + " 尚未登记，请先登记预算单位");
        }
        BudgetLine line = hasLine ? lines.get(r.bgtId()) : null;
        if (hasLine && line == null) {
            v.add("bgtId", ErrorCode.UNKNOWN_BUDGET_LINE, "指标 " + r.bgtId() + " 不存在，请先登记指标");
        } else if (line != null) {
            if (line.isAdjustment()) {
                v.add("bgtId", ErrorCode.NOT_AN_ORIGINAL, "指标 " + r.bgtId() + " 是调整指标，支付须引用原始指标 " + line.oriBgtId);
            }
            if (hasAgency && !line.agencyCode.equals(r.agencyCode())) {
                v.add("bgtId", ErrorCode.MISMATCH, "指标 " + r.bgtId() + " 属于预算单位 " + line.agencyCode + "，不属于 "
                        + r.agencyCode());
            }
            if (hasYear && line.fiscalYear != r.fiscalYear()) {
                v.add("fiscalYear", ErrorCode.MISMATCH, "指标 " + r.bgtId() + " 属于 " + line.fiscalYear + " 年度，与支付的预算年度 "
                        + r.fiscalYear() + " 不一致");
            }
        }
        String oriPayAppId = r.oriPayAppId() == null || r.oriPayAppId().isBlank() ? null : r.oriPayAppId();
        if (oriPayAppId != null && !code(v, "oriPayAppId", oriPayAppId, FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-")) {
            return agency;
        }
        if (oriPayAppId == null) {
            if (amountOk && r.xpayAmt().signum() < 0) {
                v.add("xpayAmt", ErrorCode.INVALID_SIGN, "支付金额须大于零；退款或更正请提交引用原支付（oriPayAppId）的冲销记录");
            }
            return agency;
        }
        Payment original = payments.get(oriPayAppId);
        if (original == null) {
            v.add("oriPayAppId", ErrorCode.UNKNOWN_PAYMENT, "原支付 " + oriPayAppId + " 不存在");
            return agency;
        }
        if (original.isReversal()) {
            v.add("oriPayAppId", ErrorCode.NOT_AN_ORIGINAL, "支付 " + oriPayAppId + " 本身是冲销记录，冲销须引用原始支付");
            return agency;
        }
        if (hasLine && !original.bgtId.equals(r.bgtId())) {
            v.add("bgtId", ErrorCode.MISMATCH, "冲销记录的指标须与原支付一致（" + original.bgtId + "）");
        }
        if (r.payDate() != null && r.payDate().isBefore(original.payDate)) {
            v.add("payDate", ErrorCodes.OUT_OF_RANGE, "冲销日期不能早于原支付日期 " + original.payDate);
        }
        if (amountOk) {
            if (r.xpayAmt().signum() > 0) {
                v.add("xpayAmt", ErrorCode.INVALID_SIGN, "冲销金额须为负数");
            } else {
                BigDecimal remaining = original.xpayAmt.add(reversed.getOrDefault(oriPayAppId, BigDecimal.ZERO));
                if (r.xpayAmt().negate().compareTo(remaining) > 0) {
                    v.add("xpayAmt", ErrorCode.REVERSAL_EXCEEDS_ORIGINAL, "冲销金额 " + r.xpayAmt().negate().toPlainString()
                            + " 元超过原支付 " + oriPayAppId + " 尚未冲销的 " + remaining.toPlainString() + " 元");
                }
            }
        }
        return agency;
    }
}
