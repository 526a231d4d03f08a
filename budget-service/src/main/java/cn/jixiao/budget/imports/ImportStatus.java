package cn.jixiao.budget.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as {@code GET /api/v1/imports/{id}} shows it. {@code rowsExpected} and {@code etaSeconds} are estimates
 * from the part of the file read so far, while it runs.
 */
public record ImportStatus(UUID id, String kind, String fileName, String status, int rowsRead, int rowsValidated,
        int rowsStored, int created, int duplicates, Integer rowsExpected, Long etaSeconds, int errorCount,
        List<RowError> errors, String errorSheet, String detail, Instant submittedAt, Instant startedAt,
        Instant finishedAt) {

    /** One fault of one row: {@code row} as the spreadsheet numbers it (1 is the header), {@code column} its letter. */
    public record RowError(int row, String column, String header, String field, String code, String message) {

        static RowError of(ImportError error) {
            return new RowError(error.row, error.column, error.header, error.field, error.code, error.message);
        }
    }

    static ImportStatus of(ImportJob job, List<ImportError> firstErrors, Instant now) {
        Integer expected = null;
        Long eta = null;
        if (job.finished()) {
            expected = job.rowsRead;
        } else if (job.startedAt != null && job.fractionRead > 0) {
            expected = (int) Math.round(job.rowsRead / job.fractionRead);
            double elapsed = Duration.between(job.startedAt, now).toMillis() / 1000.0;
            eta = Math.round(elapsed * (1 - job.fractionRead) / job.fractionRead);
        }
        String sheet = job.errorCount == 0 ? null : "/api/v1/imports/" + job.id + "/errors.xlsx";
        return new ImportStatus(job.id, job.kind, job.fileName, job.status, job.rowsRead, job.rowsValidated,
                job.rowsStored, job.rowsCreated, job.rowsDuplicate, expected, eta, job.errorCount,
                firstErrors.stream().map(RowError::of).toList(), sheet, job.detail, job.submittedAt, job.startedAt,
                job.finishedAt);
    }
}
