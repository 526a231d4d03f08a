package cn.jixiao.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fixed assets of an agency on a date (固定资产原值), as the asset system sends them. */
public record AssetSnapshotRequest(
        String agencyCode,
        LocalDate snapshotDate,
        BigDecimal totalOriginalValue,
        BigDecimal inUseOriginalValue) {
}
