package cn.jixiao.report.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A frozen published version: the assembled content and both renderings, with the content's SHA-256. */
@Entity
@Table(name = "published_report")
public class PublishedReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public int version;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "agency_name")
    public String agencyName;

    public BigDecimal total;

    public String grade;

    public String content;

    public String html;

    public byte[] docx;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public static Optional<PublishedReport> find(String agencyCode, int fiscalYear, int version) {
        return find("agencyCode = ?1 and fiscalYear = ?2 and version = ?3", agencyCode, fiscalYear, version)
                .firstResultOptional();
    }

    public static Optional<PublishedReport> latest(String agencyCode, int fiscalYear) {
        return find("agencyCode = ?1 and fiscalYear = ?2", Sort.descending("version"), agencyCode, fiscalYear)
                .firstResultOptional();
    }

    public static int nextVersion(String agencyCode, int fiscalYear) {
        return latest(agencyCode, fiscalYear).map(report -> report.version + 1).orElse(1);
    }

    /** Every published version of a region's year (newest first per agency); metadata only is used by callers. */
    public static List<PublishedReport> ofRegion(int fiscalYear, String mofDivCode) {
        return mofDivCode == null
                ? list("fiscalYear = ?1", Sort.by("agencyCode").and("version", Sort.Direction.Descending), fiscalYear)
                : list("fiscalYear = ?1 and mofDivCode = ?2",
                        Sort.by("agencyCode").and("version", Sort.Direction.Descending), fiscalYear, mofDivCode);
    }
}
