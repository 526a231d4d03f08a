package cn.jixiao.budget.service.imports;

import cn.jixiao.budget.repository.ImportJob;

/** How far an import has come; copied to its {@link ImportJob} after each part of the file. */
final class ImportCounts {

    int read;
    int validated;
    /** Rows written in the import's transaction: committed together at the end, or not at all. */
    int stored;
    int created;
    int duplicates;
    int errors;
    double fractionRead;

    void copyTo(ImportJob job) {
        job.rowsRead = read;
        job.rowsValidated = validated;
        job.rowsStored = stored;
        job.rowsCreated = created;
        job.rowsDuplicate = duplicates;
        job.errorCount = errors;
        job.fractionRead = fractionRead;
    }
}
