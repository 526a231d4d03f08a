package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The parts of each event's {@code data} that evaluation-service uses; other fields are ignored. */
final class LedgerChanges {

    private LedgerChanges() {
    }

    record Agency(String agencyName, String mofDivCode, Integer authorizedStaff, Integer actualStaff) {
    }

    record BudgetLine(BigDecimal amount, String expenseKind, String threePublicGroup, Boolean initialBudget) {
    }

    record Payment(BigDecimal xpayAmt, LocalDate payDate, String expenseKind, String threePublicGroup) {
    }

    record AssetSnapshot(LocalDate snapshotDate, BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue) {
    }
}
