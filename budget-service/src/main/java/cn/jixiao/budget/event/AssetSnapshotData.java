package cn.jixiao.budget.event;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code data} of AssetSnapshotRecorded. */
public record AssetSnapshotData(String agencyCode, LocalDate snapshotDate, BigDecimal totalOriginalValue,
        BigDecimal inUseOriginalValue) {
}
