package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The parts of each event's {@code data} that evaluation-service uses; other fields are ignored. */
final class LedgerChanges {

    private LedgerChanges() {
    }

    record Agency(String agencyName, String mofDivCode) {
    }

    record BudgetLine(String oriBgtId, String proCatCode, String depBgtEcoCode, String sourceTypeCode,
            BigDecimal amount) {
    }

    record Payment(BigDecimal xpayAmt, LocalDate payDate, String proCatCode, String depBgtEcoCode) {
    }

    record AssetSnapshot(LocalDate snapshotDate, BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue) {
    }
}
