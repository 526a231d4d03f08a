package cn.jixiao.budget.service.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A .csv file (RFC 4180: comma, double quotes), read record by record. UTF-8, with or without a byte-order mark, or
 * GB18030 (which covers GBK), the encoding Excel on a Chinese Windows saves "CSV" in: the first 64 KB decide. A gzipped
 * file is decompressed as it is read.
 */
final class CsvSheetFile implements SheetFile {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final long size;
    private final CountingStream counted;
    private final CSVParser parser;

    private CsvSheetFile(long size, CountingStream counted, CSVParser parser) {
        this.size = size;
        this.counted = counted;
        this.parser = parser;
    }

    static CsvSheetFile open(Path file, boolean gzipped) {
        try {
            CountingStream counted = new CountingStream(Files.newInputStream(file));
            BufferedInputStream in = new BufferedInputStream(gzipped ? new GZIPInputStream(counted, SNIFF_BYTES) : counted,
                    SNIFF_BYTES);
            Charset charset = encodingOf(in);
            InputStreamReader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new CsvSheetFile(Files.size(file), counted, FORMAT.parse(reader));
        } catch (IOException | UncheckedIOException e) {
            throw FileRefusal.unreadable(gzipped ? "文件不是有效的 gzip 压缩 CSV" : "CSV 文件无法读取");
        }
    }

    @Override
    public void read(RowSink sink) {
        try {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                    continue;
                }
                if (!sink.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            throw FileRefusal.unreadable("CSV 文件第 " + parser.getCurrentLineNumber()
                    + " 行附近无法读取：引号不成对，或编码既不是 UTF-8 也不是 GB18030");
        }
    }

    @Override
    public double fractionRead() {
        return size <= 0 ? 0 : Math.min(1, (double) counted.count() / size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** UTF-8 (skipping its byte-order mark) when the first bytes are valid UTF-8, else GB18030. */
    private static Charset encodingOf(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        boolean utf8 = !StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false).isError();
        return utf8 ? StandardCharsets.UTF_8 : GB18030;
    }
}
