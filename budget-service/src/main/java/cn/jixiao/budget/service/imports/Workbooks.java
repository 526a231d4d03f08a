package cn.jixiao.budget.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the import's own small workbooks (templates, error sheets) with POI's streaming writer. */
final class Workbooks {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /**
     * A workbook with one sheet: a bold header row, then the rows (numbers as numbers). With {@code textColumns} every
     * column is formatted as text, so that what people type (codes with leading zeros, dates) stays as typed.
     */
    static byte[] write(String sheetName, List<String> headers, List<Integer> widths, boolean textColumns,
            Iterable<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row head = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                head.createCell(column).setCellValue(headers.get(column));
                head.getCell(column).setCellStyle(bold);
                sheet.setColumnWidth(column, widths.get(column) * 256);
                if (textColumns) {
                    sheet.setDefaultColumnStyle(column, text);
                }
            }
            sheet.createFreezePane(0, 1);
            int number = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(number++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number n) {
                        row.createCell(column).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
