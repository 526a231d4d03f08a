package cn.jixiao.report.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A step of the workflow: submitted, returned (with the bureau's comments), published, or overridden (the bureau lets
 * a report with error findings pass its region's gate, the reason as comment).
 */
@Entity
@Table(name = "report_event")
public class ReportEvent extends PanacheEntityBase {

    public static final String OVERRIDDEN = "overridden";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String action;

    public String actor;

    public String comment;

    @Column(name = "happened_at")
    public Instant happenedAt;

    public static List<ReportEvent> of(ReportKey key) {
        return list("agencyCode = ?1 and fiscalYear = ?2 order by id", key.agencyCode, key.fiscalYear);
    }
}
