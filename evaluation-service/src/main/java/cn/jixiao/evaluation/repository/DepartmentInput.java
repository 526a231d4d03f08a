package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The department's counts for the year: key tasks, petitions, and the satisfaction survey result. */
@Entity
@Table(name = "department_input")
public class DepartmentInput extends PanacheEntityBase {

    @EmbeddedId
    public AgencyYear id;

    @Column(name = "key_tasks_planned")
    public Integer keyTasksPlanned;

    @Column(name = "key_tasks_completed")
    public Integer keyTasksCompleted;

    @Column(name = "petitions_received")
    public Integer petitionsReceived;

    @Column(name = "petitions_handled")
    public Integer petitionsHandled;

    @Column(name = "satisfaction_rate")
    public BigDecimal satisfactionRate;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static DepartmentInput findOrNew(AgencyYear id) {
        DepartmentInput input = findById(id);
        if (input == null) {
            input = new DepartmentInput();
            input.id = id;
        }
        return input;
    }
}
