package cn.jixiao.budget.service.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.repository.ImportError;
import cn.jixiao.budget.service.BatchItems;
import cn.jixiao.budget.service.LedgerRejection;
import cn.jixiao.budget.service.Violations;
import cn.jixiao.platform.problem.FieldError;
import jakarta.persistence.EntityManager;

/**
 * One reading of a file inside the import's transaction. Rows become batch items and are recorded in parts of a
 * batch's size by the kind's own ingest (same rules, same events), each part flushed and let go so that memory stays
 * that of one batch. A part with bad rows is recorded again without them, so that later rows referring to its good
 * rows are judged as in one batch; whether anything is kept is decided by the caller, at the end.
 */
final class ImportPass<T> implements SheetFile.RowSink {

    private final UUID id;
    private final ImportKind kind;
    private final LedgerRows<T> rows;
    private final SheetFile file;
    private final EntityManager entityManager;
    private final ImportProgress progress;
    private final int maxErrors;
    private final ImportCounts counts = new ImportCounts();

    private Header header;
    private final List<T> items = new ArrayList<>();
    private final List<Integer> itemRows = new ArrayList<>();
    private final List<ImportError> partErrors = new ArrayList<>();
    private int partRows;

    ImportPass(UUID id, ImportKind kind, LedgerRows<T> rows, SheetFile file, EntityManager entityManager,
            ImportProgress progress, int maxErrors) {
        this.id = id;
        this.kind = kind;
        this.rows = rows;
        this.file = file;
        this.entityManager = entityManager;
        this.progress = progress;
        this.maxErrors = maxErrors;
    }

    @Override
    public boolean row(int number, List<String> cells) {
        if (header == null) {
            header = Header.of(kind, cells);
            return true;
        }
        counts.read++;
        partRows++;
        Violations v = new Violations().at(number);
        T item = rows.item(new SheetRow(number, cells, header), v);
        if (v.isEmpty()) {
            items.add(item);
            itemRows.add(number);
        } else {
            v.errors().forEach(this::keep);
        }
        if (partRows == BatchItems.MAX_ITEMS) {
            recordPart();
        }
        return true;
    }

    /** Records the last part; returns the counts, whose {@code errors} say whether the file may be kept. */
    ImportCounts finish() {
        if (partRows > 0) {
            recordPart();
        }
        return counts;
    }

    private void recordPart() {
        List<T> pending = new ArrayList<>(items);
        List<Integer> pendingRows = new ArrayList<>(itemRows);
        while (!pending.isEmpty()) {
            try {
                List<IngestResult> results = rows.record(pending);
                entityManager.flush();
                entityManager.clear();
                counts.stored += results.size();
                results.forEach(result -> {
                    if (IngestResult.CREATED.equals(result.status())) {
                        counts.created++;
                    } else {
                        counts.duplicates++;
                    }
                });
                break;
            } catch (LedgerRejection refusal) {
                entityManager.clear();
                Set<Integer> bad = new HashSet<>();
                for (FieldError error : refusal.errors()) {
                    bad.add(error.index());
                    keep(new FieldError(pendingRows.get(error.index()), error.field(), error.code(), error.message()));
                }
                pending = without(pending, bad);
                pendingRows = without(pendingRows, bad);
            }
        }
        counts.validated += partRows;
        counts.fractionRead = file.fractionRead();
        partErrors.sort(Comparator.comparingInt(error -> error.row));
        progress.advanced(id, counts, List.copyOf(partErrors));
        items.clear();
        itemRows.clear();
        partErrors.clear();
        partRows = 0;
    }

    /** Counts every error; keeps the first {@code maxErrors} of the file for the status and the error sheet. */
    private void keep(FieldError error) {
        counts.errors++;
        if (counts.errors > maxErrors) {
            return;
        }
        ImportError kept = new ImportError();
        kept.importId = id;
        kept.row = error.index();
        kept.field = error.field();
        kept.code = error.code();
        kept.message = error.message();
        Integer column = error.field() == null ? null : header.column(error.field());
        if (column != null) {
            kept.column = Header.letter(column);
            kept.header = header.text(column);
        }
        partErrors.add(kept);
    }

    private static <E> List<E> without(List<E> list, Set<Integer> indexes) {
        List<E> kept = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!indexes.contains(i)) {
                kept.add(list.get(i));
            }
        }
        return kept;
    }
}
