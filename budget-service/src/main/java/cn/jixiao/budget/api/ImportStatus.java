package cn.jixiao.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A spreadsheet import as {@code GET /api/v1/imports/{id}} shows it (docs/api.md, "Spreadsheet imports"). {@code rowsExpected} and {@code etaSeconds} are estimates
 * from the part of the file read so far, while it runs.
 */
public record ImportStatus(UUID id, String kind, String fileName, String status, int rowsRead, int rowsValidated,
        int rowsStored, int created, int duplicates, Integer rowsExpected, Long etaSeconds, int errorCount,
        List<RowError> errors, String errorSheet, String detail, Instant submittedAt, Instant startedAt,
        Instant finishedAt) {

    /** One fault of one row: {@code row} as the spreadsheet numbers it (1 is the header), {@code column} its letter. */
    public record RowError(int row, String column, String header, String field, String code, String message) {
    }

}
