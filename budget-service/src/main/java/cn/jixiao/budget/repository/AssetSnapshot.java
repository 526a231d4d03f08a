package cn.jixiao.budget.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Fixed assets of an agency on a date (固定资产原值: total and in use), from the asset system. */
@Entity
@Table(name = "asset_snapshot")
public class AssetSnapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "snapshot_date")
    public LocalDate snapshotDate;

    @Column(name = "total_original_value")
    public BigDecimal totalOriginalValue;

    @Column(name = "in_use_original_value")
    public BigDecimal inUseOriginalValue;

    @Column(name = "ledger_sequence")
    public long ledgerSequence;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Optional<AssetSnapshot> findOne(String agencyCode, LocalDate date) {
        return find("agencyCode = ?1 and snapshotDate = ?2", agencyCode, date).firstResultOptional();
    }

    /** The latest snapshot taken within the fiscal year. */
    public static Optional<AssetSnapshot> latestInYear(String agencyCode, int fiscalYear) {
        return find("agencyCode = ?1 and snapshotDate between ?2 and ?3", Sort.descending("snapshotDate"),
                agencyCode, LocalDate.of(fiscalYear, 1, 1), LocalDate.of(fiscalYear, 12, 31))
                .firstResultOptional();
    }
}
