package cn.jixiao.budget.service.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jixiao.budget.repository.ImportError;
import cn.jixiao.budget.repository.ImportJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes an import's progress and errors each in its own short transaction, beside the import's long one, so that
 * {@code GET /api/v1/imports/{id}} shows them while the rows themselves are not yet committed.
 */
@ApplicationScoped
class ImportProgress {

    @Transactional(TxType.REQUIRES_NEW)
    void queued(ImportJob job) {
        job.status = ImportJob.QUEUED;
        job.submittedAt = Instant.now();
        job.persist();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void started(UUID id) {
        ImportJob job = ImportJob.findById(id);
        job.status = ImportJob.RUNNING;
        job.startedAt = Instant.now();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void advanced(UUID id, ImportCounts counts, List<ImportError> errors) {
        counts.copyTo(ImportJob.findById(id));
        ImportError.persist(errors);
    }

    /** The outcome; a file that was not stored shows no stored rows. */
    @Transactional(TxType.REQUIRES_NEW)
    void finished(UUID id, String status, ImportCounts counts, String detail) {
        ImportJob job = ImportJob.findById(id);
        if (!ImportJob.STORED.equals(status)) {
            counts.stored = 0;
            counts.created = 0;
            counts.duplicates = 0;
        }
        counts.copyTo(job);
        job.status = status;
        job.detail = detail;
        job.finishedAt = Instant.now();
    }
}
