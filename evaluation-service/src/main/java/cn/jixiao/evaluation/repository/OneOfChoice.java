package cn.jixiao.evaluation.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The alternative an agency chose for a one-of (二者择其一) indicator, by its name. */
@Entity
@Table(name = "one_of_choice")
public class OneOfChoice extends PanacheEntityBase {

    @EmbeddedId
    public AgencyIndicator id;

    public String alternative;

    @Column(name = "chosen_at")
    public Instant chosenAt;

    @Column(name = "chosen_by")
    public String chosenBy;

    public static List<OneOfChoice> of(AgencyYear year) {
        return list("id.agencyCode = ?1 and id.fiscalYear = ?2 order by id.indicatorCode", year.agencyCode,
                year.fiscalYear);
    }
}
