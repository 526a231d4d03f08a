package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The parts of each event's {@code data} that evaluation-service uses; other fields are ignored. */
final class LedgerChanges {

    private LedgerChanges() {
    }

    record Agency(String agencyName, String mofDivCode, Integer authorizedStaff, Integer actualStaff) {
    }

    record BudgetLine(BigDecimal amount, String expenseKind, String threePublicGroup, Boolean initialBudget,
            String sourceTypeCode, String depBgtEcoCode, String expFuncCode, String proCode) {
    }

    /** {@code sourceTypeCode} is absent from payments published before it was added. */
    record Payment(BigDecimal xpayAmt, LocalDate payDate, String expenseKind, String threePublicGroup,
            String sourceTypeCode, String depBgtEcoCode, String expFuncCode, String proCode) {
    }

    record AssetSnapshot(LocalDate snapshotDate, BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue) {
    }
}
