package cn.jixiao.report.repository;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region's publishing gate: whether error findings block submit and publish (absent: advisory). */
@Entity
@Table(name = "publishing_gate")
public class PublishingGate extends PanacheEntityBase {

    @Id
    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "block_on_errors")
    public boolean blockOnErrors;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Whether any region blocks, so that a submission elsewhere need not assemble its report to find its region. */
    public static boolean anyBlocking() {
        return count("blockOnErrors", true) > 0;
    }

    public static boolean blocks(String mofDivCode) {
        PublishingGate gate = mofDivCode == null ? null : findById(mofDivCode);
        return gate != null && gate.blockOnErrors;
    }
}
