package cn.jixiao.budget.service;

import static cn.jixiao.budget.service.FieldRules.code;
import static cn.jixiao.budget.service.FieldRules.label;
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
import java.util.function.Function;

import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.BudgetLineRequest;
import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.classification.Classification;
import cn.jixiao.budget.classification.Classification.ExpenseKind;
import cn.jixiao.budget.event.EventType;
import cn.jixiao.budget.mapping.LedgerMapper;
import cn.jixiao.budget.outbox.OutboxWriter;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.budget.repository.BudgetLine;
import cn.jixiao.platform.problem.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Records budget lines and their adjustments: validated all together, stored all together or not at all. */
@ApplicationScoped
public class BudgetLineIngest {

    private static final List<Map.Entry<String, Function<BudgetLine, String>>> INHERITED = List.of(
            Map.entry("agencyCode", line -> line.agencyCode),
            Map.entry("mofDivCode", line -> line.mofDivCode),
            Map.entry("fiscalYear", line -> String.valueOf(line.fiscalYear)),
            Map.entry("proCode", line -> line.proCode),
            Map.entry("proCatCode", line -> line.proCatCode),
            Map.entry("expFuncCode", line -> line.expFuncCode),
            Map.entry("depBgtEcoCode", line -> line.depBgtEcoCode),
            Map.entry("govBgtEcoCode", line -> line.govBgtEcoCode),
            Map.entry("fundTypeCode", line -> line.fundTypeCode));

    private final OutboxWriter outbox;
    private final LedgerLimits limits;

    BudgetLineIngest(OutboxWriter outbox, LedgerLimits limits) {
        this.outbox = outbox;
        this.limits = limits;
    }

    @Transactional
    public IngestResult one(BudgetLineRequest item) {
        return ingest(Collections.singletonList(item), false).get(0);
    }

    @Transactional
    public List<IngestResult> batch(Batch<BudgetLineRequest> batch) {
        return ingest(BatchItems.of(batch), true);
    }

    /**
     * Records items as one part of the caller's longer transaction (a spreadsheet import), each item's errors indexed
     * by its position in {@code items}. A refusal leaves that transaction usable, so that the caller can go on
     * validating the rest of its items before it rolls back.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = LedgerRejection.class)
    public List<IngestResult> part(List<BudgetLineRequest> items) {
        return ingest(items, true);
    }

    private List<IngestResult> ingest(List<BudgetLineRequest> items, boolean batch) {
        LedgerSession session = LedgerSession.lock(items.stream().filter(Objects::nonNull)
                .map(BudgetLineRequest::agencyCode).toList());
        Set<String> ids = new HashSet<>();
        Set<String> originalIds = new HashSet<>();
        for (BudgetLineRequest item : items) {
            if (item != null) {
                BatchItems.addIfPresent(ids, item.bgtId());
                BatchItems.addIfPresent(ids, item.oriBgtId());
                BatchItems.addIfPresent(originalIds, item.oriBgtId());
            }
        }
        Map<String, BudgetLine> lines = new HashMap<>();
        BudgetLine.findByIds(ids).forEach(line -> lines.put(line.bgtId, line));
        Map<String, BigDecimal> adjustments = new HashMap<>(BudgetLine.adjustmentTotals(originalIds));

        Violations v = new Violations();
        List<BudgetLine> created = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Integer index = BatchItems.index(batch, i);
            v.at(index);
            BudgetLineRequest item = items.get(i);
            if (item == null) {
                v.add("items", ErrorCodes.REQUIRED, "条目不能为空");
                continue;
            }
            BudgetLine recorded = item.bgtId() == null ? null : lines.get(item.bgtId());
            if (recorded != null) {
                List<String> differing = LedgerMapper.differences(recorded, item);
                if (differing.isEmpty()) {
                    results.add(new IngestResult(index, item.bgtId(), IngestResult.DUPLICATE, recorded.ledgerSequence));
                } else {
                    Conflicts.report(v, "指标", item.bgtId(), differing);
                }
                continue;
            }
            int before = v.size();
            Agency agency = validate(v, item, session, lines, adjustments, limits.maxAmount());
            if (v.size() > before) {
                continue;
            }
            BudgetLine line = LedgerMapper.toEntity(item);
            line.recordedAt = session.now();
            BigDecimal adjusted = line.amount;
            String type = EventType.BUDGET_LINE_RECORDED;
            if (line.isAdjustment()) {
                adjusted = lines.get(line.oriBgtId).amount.add(adjustments.merge(line.oriBgtId, line.amount,
                        BigDecimal::add));
                type = EventType.BUDGET_LINE_ADJUSTED;
            }
            line.ledgerSequence = session.record(agency, type, line.fiscalYear, LedgerMapper.toData(line, adjusted));
            lines.put(line.bgtId, line);
            created.add(line);
            results.add(new IngestResult(index, line.bgtId, IngestResult.CREATED, line.ledgerSequence));
        }
        v.throwIfAny();
        BudgetLine.persist(created);
        outbox.append(session.events());
        return results;
    }

    /** Checks one new line; returns its agency (meaningful only when nothing was added to {@code v}). */
    private static Agency validate(Violations v, BudgetLineRequest r, LedgerSession session,
            Map<String, BudgetLine> lines, Map<String, BigDecimal> adjustments, BigDecimal maxAmount) {
        if (required(v, "bgtId", r.bgtId())) {
            code(v, "bgtId", r.bgtId(), FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-");
        }
        boolean hasAgency = required(v, "agencyCode", r.agencyCode())
                && code(v, "agencyCode", r.agencyCode(), FieldRules.AGENCY_CODE, "3–32 位字母或数字");
        if (required(v, "mofDivCode", r.mofDivCode())) {
            code(v, "mofDivCode", r.mofDivCode(), FieldRules.MOF_DIV_CODE, "6 位或 9 位数字");
        }
        if (required(v, "fiscalYear", r.fiscalYear())) {
            FieldRules.fiscalYear(v, "fiscalYear", r.fiscalYear());
        }
        boolean project = false;
        if (required(v, "proCatCode", r.proCatCode())
                && code(v, "proCatCode", r.proCatCode(), FieldRules.PRO_CAT_CODE, "1（人员类）、2（运转类）或 3（特定目标类）开头的 1–4 位数字")) {
            project = Classification.expenseKind(r.proCatCode()) == ExpenseKind.PROJECT;
        }
        if (project) {
            required(v, "proCode", r.proCode());
            required(v, "proName", r.proName());
        }
        code(v, "proCode", r.proCode() == null || r.proCode().isBlank() ? null : r.proCode(), FieldRules.RECORD_ID,
                "1–64 位字母、数字或 _.:-");
        FieldRules.text(v, "proName", r.proName(), 200);
        if (required(v, "expFuncCode", r.expFuncCode())) {
            code(v, "expFuncCode", r.expFuncCode(), FieldRules.EXP_FUNC_CODE, "3、5 或 7 位数字");
        }
        if (required(v, "depBgtEcoCode", r.depBgtEcoCode())) {
            code(v, "depBgtEcoCode", r.depBgtEcoCode(), FieldRules.ECO_CODE, "3 或 5 位数字");
        }
        if (required(v, "govBgtEcoCode", r.govBgtEcoCode())) {
            code(v, "govBgtEcoCode", r.govBgtEcoCode(), FieldRules.ECO_CODE, "3 或 5 位数字");
        }
        if (required(v, "fundTypeCode", r.fundTypeCode())) {
            code(v, "fundTypeCode", r.fundTypeCode(), FieldRules.FUND_TYPE_CODE, "1–4 位数字");
        }
        if (required(v, "sourceTypeCode", r.sourceTypeCode())) {
            code(v, "sourceTypeCode", r.sourceTypeCode(), FieldRules.SOURCE_TYPE_CODE,
                    "1（年初预算）、2（追加/调减）、3（上年结转）或 4（上级转移支付）");
        }
        if (required(v, "docNo", r.docNo())) {
            FieldRules.text(v, "docNo", r.docNo(), 100);
        }
        required(v, "docDate", r.docDate());
        boolean amountOk = required(v, "amount", r.amount()) && FieldRules.money(v, "amount", r.amount(), maxAmount)
                && FieldRules.nonZero(v, "amount", r.amount());

        Agency agency = hasAgency ? session.agency(r.agencyCode()) : null;
        if (hasAgency && agency == null) {
            v.add("agencyCode", ErrorCode.UNKNOWN_AGENCY, "预算单位 " + r.agencyCode() + " 尚未登记，请先登记预算单位");
        } else if (agency != null && r.mofDivCode() != null && !agency.mofDivCode.equals(r.mofDivCode())) {
            v.add("mofDivCode", ErrorCode.MISMATCH,
                    label("mofDivCode") + "与预算单位登记的 " + agency.mofDivCode + " 不一致");
        }
        String oriBgtId = r.oriBgtId() == null || r.oriBgtId().isBlank() ? null : r.oriBgtId();
        if (oriBgtId != null && !code(v, "oriBgtId", oriBgtId, FieldRules.RECORD_ID, "1–64 位字母、数字或 _.:-")) {
            return agency;
        }
        if (oriBgtId == null) {
            if (amountOk && r.amount().signum() < 0) {
                v.add("amount", ErrorCode.INVALID_SIGN, "原始指标金额须大于零；调减请提交引用原指标（oriBgtId）的调整指标");
            }
            return agency;
        }
        BudgetLine original = lines.get(oriBgtId);
        if (original == null) {
            v.add("oriBgtId", ErrorCode.UNKNOWN_BUDGET_LINE, "原指标 " + oriBgtId + " 不存在");
            return agency;
        }
        if (original.isAdjustment()) {
            v.add("oriBgtId", ErrorCode.NOT_AN_ORIGINAL,
                    "指标 " + oriBgtId + " 本身是调整指标，调整须引用原始指标 " + original.oriBgtId);
            return agency;
        }
        Map<String, String> sent = sentClassification(r);
        for (Map.Entry<String, Function<BudgetLine, String>> field : INHERITED) {
            String expected = field.getValue().apply(original);
            if (!Objects.equals(expected, sent.get(field.getKey()))) {
                v.add(field.getKey(), ErrorCode.MISMATCH, label(field.getKey()) + "须与原指标 " + oriBgtId + " 一致（"
                        + (expected == null ? "空" : expected) + "）");
            }
        }
        if (amountOk) {
            BigDecimal after = original.amount.add(adjustments.getOrDefault(oriBgtId, BigDecimal.ZERO))
                    .add(r.amount());
            if (after.signum() < 0) {
                v.add("amount", ErrorCode.NEGATIVE_BALANCE, "调减后原指标 " + oriBgtId + " 的金额为 " + after.toPlainString()
                        + " 元，不能小于零");
            }
        }
        return agency;
    }

    private static Map<String, String> sentClassification(BudgetLineRequest r) {
        Map<String, String> sent = new HashMap<>();
        sent.put("agencyCode", r.agencyCode());
        sent.put("mofDivCode", r.mofDivCode());
        sent.put("fiscalYear", r.fiscalYear() == null ? null : String.valueOf(r.fiscalYear()));
        sent.put("proCode", r.proCode() == null || r.proCode().isBlank() ? null : r.proCode());
        sent.put("proCatCode", r.proCatCode());
        sent.put("expFuncCode", r.expFuncCode());
        sent.put("depBgtEcoCode", r.depBgtEcoCode());
        sent.put("govBgtEcoCode", r.govBgtEcoCode());
        sent.put("fundTypeCode", r.fundTypeCode());
        return sent;
    }
}
