package cn.jixiao.evaluation.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted occurrence count or one-of choice, kept after later ones replace it. */
@Entity
@Table(name = "input_change")
public class InputChange extends PanacheEntityBase {

    public static final String OCCURRENCES = "occurrences";
    public static final String CHOICE = "choice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "indicator_code")
    public String indicatorCode;

    /** {@link #OCCURRENCES} or {@link #CHOICE}. */
    public String kind;

    /** The count or the chosen alternative, as text. */
    public String value;

    /** The evidence of a count. */
    public String note;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_as")
    public String changedAs;

    public static InputChange record(AgencyIndicator key, String kind, String value, String note, Instant at,
            String by, String as) {
        InputChange change = new InputChange();
        change.agencyCode = key.agencyCode;
        change.fiscalYear = key.fiscalYear;
        change.indicatorCode = key.indicatorCode;
        change.kind = kind;
        change.value = value;
        change.note = note;
        change.changedAt = at;
        change.changedBy = by;
        change.changedAs = as;
        change.persist();
        return change;
    }

    public static List<InputChange> of(AgencyYear year, String kind) {
        return list("agencyCode = ?1 and fiscalYear = ?2 and kind = ?3 order by id", year.agencyCode,
                year.fiscalYear, kind);
    }
}
