package cn.jixiao.budget.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded file: its progress and outcome. Written outside the import's own transaction (ImportProgress). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** Waiting for the instance's import worker. */
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    /** Every row was valid and the file's rows were committed. */
    public static final String STORED = "stored";
    /** At least one row was bad: nothing was stored; the errors say why. */
    public static final String REJECTED = "rejected";
    /** The file could not be read to its end, or the database gave up: nothing was stored; detail says why. */
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    public String kind;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_type")
    public String fileType;

    public String status;

    @Column(name = "rows_read")
    public int rowsRead;

    @Column(name = "rows_validated")
    public int rowsValidated;

    @Column(name = "rows_stored")
    public int rowsStored;

    @Column(name = "rows_created")
    public int rowsCreated;

    @Column(name = "rows_duplicate")
    public int rowsDuplicate;

    @Column(name = "error_count")
    public int errorCount;

    @Column(name = "fraction_read")
    public double fractionRead;

    public String detail;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean finished() {
        return finishedAt != null;
    }

    /** The latest files submitted, newest first. */
    public static List<ImportJob> recent(int limit) {
        return find("order by submittedAt desc").page(0, limit).list();
    }
}
