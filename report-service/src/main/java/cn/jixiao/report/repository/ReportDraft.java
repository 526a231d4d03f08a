package cn.jixiao.report.repository;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** The report's workflow state and header block; {@code headerVersion} is the header's ETag. */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String RETURNED = "returned";
    public static final String PUBLISHED = "published";

    @EmbeddedId
    public ReportKey id;

    public String status;

    @Column(name = "subordinate_units")
    public Integer subordinateUnits;

    @Column(name = "filled_by")
    public String filledBy;

    public String phone;

    @Column(name = "filled_on")
    public LocalDate filledOn;

    @Column(name = "header_version")
    public long headerVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The draft, write-locked, created empty when the department has not written anything yet. */
    public static ReportDraft lockOrCreate(ReportKey key) {
        ReportDraft draft = findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            draft = new ReportDraft();
            draft.id = key;
            draft.status = DRAFT;
            draft.updatedAt = Instant.now();
            draft.persist();
        }
        return draft;
    }
}
