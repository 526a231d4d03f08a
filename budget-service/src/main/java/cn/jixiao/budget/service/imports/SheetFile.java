package cn.jixiao.budget.service.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A file's rows, read one at a time from disk: never the whole file in memory. */
interface SheetFile extends AutoCloseable {

    /** Receives the rows that hold any value, in order, with their 1-based row number in the file. */
    interface RowSink {
        /** Returns whether to go on reading. */
        boolean row(int number, List<String> cells);
    }

    static SheetFile open(Path file, FileType type) {
        return type == FileType.XLSX ? XlsxSheetFile.open(file) : CsvSheetFile.open(file, type == FileType.CSV_GZ);
    }

    /** Reads rows until the end or until the sink says stop; a file that turns out unreadable is a FileRefusal. */
    void read(RowSink sink);

    /** The part of the file read so far, from 0 to 1, estimated from bytes. */
    double fractionRead();

    @Override
    void close() throws IOException;
}
