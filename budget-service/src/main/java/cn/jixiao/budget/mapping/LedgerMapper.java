package cn.jixiao.budget.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.budget.api.AgencyRequest;
import cn.jixiao.budget.api.AssetSnapshotRequest;
import cn.jixiao.budget.api.BudgetLineRequest;
import cn.jixiao.budget.api.PaymentRequest;
import cn.jixiao.budget.classification.Classification;
import cn.jixiao.budget.classification.Classification.ThreePublicGroup;
import cn.jixiao.budget.event.AgencyData;
import cn.jixiao.budget.event.AssetSnapshotData;
import cn.jixiao.budget.event.BudgetLineData;
import cn.jixiao.budget.event.PaymentData;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.budget.repository.AssetSnapshot;
import cn.jixiao.budget.repository.BudgetLine;
import cn.jixiao.budget.repository.Payment;

/**
 * Turns requests into ledger rows and ledger rows into event payloads, and tells which fields of a resent item differ
 * from what was recorded. Entities never leave the service: only the records made here do.
 */
public final class LedgerMapper {

    private LedgerMapper() {
    }

    public static BudgetLine toEntity(BudgetLineRequest r) {
        BudgetLine line = new BudgetLine();
        line.bgtId = r.bgtId();
        line.oriBgtId = blankToNull(r.oriBgtId());
        line.agencyCode = r.agencyCode();
        line.mofDivCode = r.mofDivCode();
        line.fiscalYear = r.fiscalYear();
        line.proCode = blankToNull(r.proCode());
        line.proName = blankToNull(r.proName());
        line.proCatCode = r.proCatCode();
        line.expFuncCode = r.expFuncCode();
        line.depBgtEcoCode = r.depBgtEcoCode();
        line.govBgtEcoCode = r.govBgtEcoCode();
        line.fundTypeCode = r.fundTypeCode();
        line.sourceTypeCode = r.sourceTypeCode();
        line.amount = r.amount().setScale(2);
        line.docNo = r.docNo();
        line.docDate = r.docDate();
        return line;
    }

    public static Payment toEntity(PaymentRequest r) {
        Payment payment = new Payment();
        payment.payAppId = r.payAppId();
        payment.oriPayAppId = blankToNull(r.oriPayAppId());
        payment.payCertNo = r.payCertNo();
        payment.bgtId = r.bgtId();
        payment.agencyCode = r.agencyCode();
        payment.fiscalYear = r.fiscalYear();
        payment.xpayAmt = r.xpayAmt().setScale(2);
        payment.payDate = r.payDate();
        payment.useDes = r.useDes();
        payment.contractNo = blankToNull(r.contractNo());
        return payment;
    }

    public static AssetSnapshot toEntity(AssetSnapshotRequest r) {
        AssetSnapshot snapshot = new AssetSnapshot();
        snapshot.agencyCode = r.agencyCode();
        snapshot.snapshotDate = r.snapshotDate();
        snapshot.totalOriginalValue = r.totalOriginalValue().setScale(2);
        snapshot.inUseOriginalValue = r.inUseOriginalValue().setScale(2);
        return snapshot;
    }

    public static void apply(AgencyRequest r, Agency agency) {
        agency.agencyCode = r.agencyCode();
        agency.agencyName = r.agencyName();
        agency.mofDivCode = r.mofDivCode();
        agency.authorizedStaff = r.authorizedStaff();
        agency.actualStaff = r.actualStaff();
    }

    public static AgencyData toData(Agency a) {
        return new AgencyData(a.agencyCode, a.agencyName, a.mofDivCode, a.authorizedStaff, a.actualStaff);
    }

    public static BudgetLineData toData(BudgetLine l, BigDecimal adjustedAmount) {
        return new BudgetLineData(l.bgtId, l.oriBgtId, l.agencyCode, l.mofDivCode, l.fiscalYear, l.proCode, l.proName,
                l.proCatCode, l.expFuncCode, l.depBgtEcoCode, l.govBgtEcoCode, l.fundTypeCode, l.sourceTypeCode,
                l.amount, l.docNo, l.docDate, adjustedAmount, expenseKind(l), threePublicGroup(l),
                Classification.initialBudget(l.oriBgtId, l.sourceTypeCode));
    }

    public static PaymentData toData(Payment p, BudgetLine line) {
        return new PaymentData(p.payAppId, p.oriPayAppId, p.payCertNo, p.bgtId, p.agencyCode, p.fiscalYear, p.xpayAmt,
                p.payDate, p.useDes, p.contractNo, line.proCode, line.proName, line.proCatCode, line.expFuncCode,
                line.depBgtEcoCode, line.govBgtEcoCode, line.fundTypeCode, line.sourceTypeCode, expenseKind(line),
                threePublicGroup(line));
    }

    private static String expenseKind(BudgetLine line) {
        return Classification.expenseKind(line.proCatCode).code();
    }

    private static String threePublicGroup(BudgetLine line) {
        ThreePublicGroup group = Classification.threePublicGroup(line.depBgtEcoCode);
        return group == null ? null : group.code();
    }

    public static AssetSnapshotData toData(AssetSnapshot s) {
        return new AssetSnapshotData(s.agencyCode, s.snapshotDate, s.totalOriginalValue, s.inUseOriginalValue);
    }

    /** The request fields whose value differs from the recorded agency. */
    public static List<String> differences(Agency a, AgencyRequest r) {
        Diff diff = new Diff();
        diff.text("agencyName", a.agencyName, r.agencyName());
        diff.text("mofDivCode", a.mofDivCode, r.mofDivCode());
        diff.value("authorizedStaff", a.authorizedStaff, r.authorizedStaff());
        diff.value("actualStaff", a.actualStaff, r.actualStaff());
        return diff.fields;
    }

    public static List<String> differences(BudgetLine l, BudgetLineRequest r) {
        Diff diff = new Diff();
        diff.text("oriBgtId", l.oriBgtId, r.oriBgtId());
        diff.text("agencyCode", l.agencyCode, r.agencyCode());
        diff.text("mofDivCode", l.mofDivCode, r.mofDivCode());
        diff.value("fiscalYear", l.fiscalYear, r.fiscalYear());
        diff.text("proCode", l.proCode, r.proCode());
        diff.text("proName", l.proName, r.proName());
        diff.text("proCatCode", l.proCatCode, r.proCatCode());
        diff.text("expFuncCode", l.expFuncCode, r.expFuncCode());
        diff.text("depBgtEcoCode", l.depBgtEcoCode, r.depBgtEcoCode());
        diff.text("govBgtEcoCode", l.govBgtEcoCode, r.govBgtEcoCode());
        diff.text("fundTypeCode", l.fundTypeCode, r.fundTypeCode());
        diff.text("sourceTypeCode", l.sourceTypeCode, r.sourceTypeCode());
        diff.money("amount", l.amount, r.amount());
        diff.text("docNo", l.docNo, r.docNo());
        diff.value("docDate", l.docDate, r.docDate());
        return diff.fields;
    }

    public static List<String> differences(Payment p, PaymentRequest r) {
        Diff diff = new Diff();
        diff.text("oriPayAppId", p.oriPayAppId, r.oriPayAppId());
        diff.text("payCertNo", p.payCertNo, r.payCertNo());
        diff.text("bgtId", p.bgtId, r.bgtId());
        diff.text("agencyCode", p.agencyCode, r.agencyCode());
        diff.value("fiscalYear", p.fiscalYear, r.fiscalYear());
        diff.money("xpayAmt", p.xpayAmt, r.xpayAmt());
        diff.value("payDate", p.payDate, r.payDate());
        diff.text("useDes", p.useDes, r.useDes());
        diff.text("contractNo", p.contractNo, r.contractNo());
        return diff.fields;
    }

    public static List<String> differences(AssetSnapshot s, AssetSnapshotRequest r) {
        Diff diff = new Diff();
        diff.money("totalOriginalValue", s.totalOriginalValue, r.totalOriginalValue());
        diff.money("inUseOriginalValue", s.inUseOriginalValue, r.inUseOriginalValue());
        return diff.fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static final class Diff {
        final List<String> fields = new ArrayList<>();

        void text(String field, String recorded, String sent) {
            if (!Objects.equals(blankToNull(recorded), blankToNull(sent))) {
                fields.add(field);
            }
        }

        void value(String field, Object recorded, Object sent) {
            if (!Objects.equals(recorded, sent)) {
                fields.add(field);
            }
        }

        void money(String field, BigDecimal recorded, BigDecimal sent) {
            if (recorded == null || sent == null ? recorded != sent : recorded.compareTo(sent) != 0) {
                fields.add(field);
            }
        }
    }
}
