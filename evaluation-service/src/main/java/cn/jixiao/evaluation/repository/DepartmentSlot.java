package cn.jixiao.evaluation.repository;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The indicators a department defined in a slot of the framework (部门特性指标), their review and actual values. */
@Entity
@Table(name = "department_slot")
public class DepartmentSlot extends PanacheEntityBase {

    @EmbeddedId
    public AgencyIndicator id;

    /** SUBMITTED, APPROVED or RETURNED. */
    public String status;

    /** JSON array of {name, category, unit, direction, targetValue, weight, actualValue}. */
    public String children;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "actuals_at")
    public Instant actualsAt;

    @Column(name = "actuals_by")
    public String actualsBy;

    public static List<DepartmentSlot> of(AgencyYear year) {
        return list("id.agencyCode = ?1 and id.fiscalYear = ?2 order by id.indicatorCode", year.agencyCode,
                year.fiscalYear);
    }
}
