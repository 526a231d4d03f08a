package cn.jixiao.evaluation.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The counted occurrences (例数) of a per-occurrence indicator, with evidence, and who entered them. */
@Entity
@Table(name = "occurrence_count")
public class OccurrenceCount extends PanacheEntityBase {

    @EmbeddedId
    public AgencyIndicator id;

    public int occurrences;

    public String evidence;

    @Column(name = "entered_at")
    public Instant enteredAt;

    @Column(name = "entered_by")
    public String enteredBy;

    /** The role it was entered as: department or finance-bureau. */
    @Column(name = "entered_as")
    public String enteredAs;

    public static List<OccurrenceCount> of(AgencyYear year) {
        return list("id.agencyCode = ?1 and id.fiscalYear = ?2 order by id.indicatorCode", year.agencyCode,
                year.fiscalYear);
    }
}
