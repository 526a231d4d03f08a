package cn.jixiao.budget.service.imports;

import java.util.List;

import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.service.Violations;

/** How the rows of one kind of file become batch items and are recorded by that kind's ingest. */
interface LedgerRows<T> {

    /** The row as a batch item; type errors of its cells go to {@code v}. */
    T item(SheetRow row, Violations v);

    /** Records items within the caller's transaction, refusing them all if any is bad (errors indexed by position). */
    List<IngestResult> record(List<T> items);
}
