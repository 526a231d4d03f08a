package cn.jixiao.budget.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an .xlsx workbook, read with POI's event (SAX) API straight from the zip on disk, one row at
 * a time; the texts the cells refer to are looked up in a temporary file ({@link DiskSharedStrings}).
 */
final class XlsxSheetFile implements SheetFile {

    private final OPCPackage workbook;
    private volatile CountingStream sheet;
    private volatile long sheetSize;

    private XlsxSheetFile(OPCPackage workbook) {
        this.workbook = workbook;
    }

    static XlsxSheetFile open(Path file) {
        try {
            return new XlsxSheetFile(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (RuntimeException | OpenXML4JException e) {
            throw FileRefusal.unreadable("文件不是有效的 .xlsx 工作簿（Excel 2007 及以后的格式）");
        }
    }

    @Override
    public void read(RowSink sink) {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw FileRefusal.unreadable("工作簿中没有工作表");
            }
            try (DiskSharedStrings strings = DiskSharedStrings.of(workbook); InputStream first = sheets.next()) {
                sheetSize = sheets.getSheetPart().getSize();
                sheet = new CountingStream(first);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink),
                        new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop e) {
            // the sink has read enough
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException e) {
            throw FileRefusal.unreadable("工作簿内容无法读取（文件损坏或不是 Excel 保存的 .xlsx）");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    @Override
    public double fractionRead() {
        CountingStream read = sheet;
        return read == null || sheetSize <= 0 ? 0 : Math.min(1, (double) read.count() / sheetSize);
    }

    @Override
    public void close() {
        workbook.revert();
    }

    /** Thrown through the SAX parser to stop reading early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Collects one row's cells (by column; absent cells are null) and hands non-empty rows to the sink. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private List<String> cells = new ArrayList<>();
        private boolean anyValue;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            anyValue = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (anyValue && !sink.row(rowNum + 1, cells)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
            anyValue |= value != null && !value.isBlank();
        }
    }

    /**
     * Numbers as their plain decimal (441422001, 1234.56: never 4.41E8 or a thousands separator) and date-formatted
     * numbers as YYYY-MM-DD, whatever display format the cell has.
     */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
