package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A department's self-assessment of one qualitative indicator, and the finance bureau's review of it. The review
 * never overwrites the department's score: both stay on record, and the reviewed score is the one that counts.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends PanacheEntityBase {

    @EmbeddedId
    public AgencyIndicator id;

    public String level;

    public BigDecimal score;

    public String reason;

    /** JSON array of {title, reference}. */
    public String evidence;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "review_score")
    public BigDecimal reviewScore;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    public static List<SelfAssessment> of(String agencyCode, int fiscalYear) {
        return list("id.agencyCode = ?1 and id.fiscalYear = ?2 order by id.indicatorCode", agencyCode, fiscalYear);
    }
}
