package cn.jixiao.report.render;

import static cn.jixiao.report.render.SheetStyles.number;
import static cn.jixiao.report.render.SheetStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jixiao.report.assembly.DisplayFormat;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.ScoreTable;

/**
 * The attachment 部门整体支出绩效自评表 as an .xlsx workbook for the bureau's own spreadsheets: weights and scores are
 * numbers (two decimals shown), the measured value the text the report shows, names indented by level, the header
 * row frozen and repeated on every printed page.
 */
public final class ScoreSheetRenderer {

    private static final String SHEET = "部门整体支出绩效自评表";
    private static final int[] COLUMN_WIDTHS = {36, 10, 16, 10, 10, 48};
    private static final int HEADER_ROW = 1;

    private ScoreSheetRenderer() {
    }

    public static byte[] render(AssembledReport report) {
        ScoreTable table = report.scoreTable();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Row title = sheet.createRow(0);
            text(title, 0, report.header().agencyName() + " " + report.header().fiscalYear() + " 年度" + SHEET,
                    styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, ScoreTableView.HEADER.size() - 1));
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < ScoreTableView.HEADER.size(); c++) {
                text(header, c, ScoreTableView.HEADER.get(c), styles.header);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
            }
            List<ScoreTable.Row> rows = table == null || table.rows() == null ? List.of() : table.rows();
            int r = HEADER_ROW + 1;
            BigDecimal topLevelWeights = BigDecimal.ZERO;
            for (ScoreTable.Row row : rows) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.name(), styles.name(row.level()));
                number(line, 1, row.weight(), styles.number);
                text(line, 2, row.value() == null ? DisplayFormat.MISSING : row.value(), styles.text);
                number(line, 3, row.score(), styles.number);
                text(line, 4, DisplayFormat.statusLabel(row.status()), styles.text);
                text(line, 5, row.explanation() == null ? "" : row.explanation(), styles.text);
                if (row.level() == 1 && row.weight() != null) {
                    topLevelWeights = topLevelWeights.add(row.weight());
                }
            }
            Row total = sheet.createRow(r);
            text(total, 0, "合计", styles.totalText);
            number(total, 1, topLevelWeights, styles.totalNumber);
            text(total, 2, "", styles.totalText);
            number(total, 3, table == null ? null : table.total(), styles.totalNumber);
            text(total, 4, "", styles.totalText);
            text(total, 5, "等级：" + (table == null || table.grade() == null ? DisplayFormat.MISSING : table.grade()),
                    styles.totalText);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the score sheet could not be written", e);
        }
    }

    /** The score sheet's own styles besides the shared ones: names indented by level, the bold 合计 row. */
    private static final class Styles extends SheetStyles {
        final CellStyle totalText;
        final CellStyle totalNumber;
        private final CellStyle[] names = new CellStyle[3];

        Styles(XSSFWorkbook workbook) {
            super(workbook);
            totalText = bordered(workbook);
            totalText.setFont(bold);
            totalNumber = bordered(workbook);
            totalNumber.cloneStyleFrom(number);
            totalNumber.setFont(bold);
            for (int level = 1; level <= names.length; level++) {
                CellStyle name = bordered(workbook);
                name.setIndention((short) (level - 1));
                if (level == 1) {
                    name.setFont(bold);
                }
                names[level - 1] = name;
            }
        }

        CellStyle name(int level) {
            return names[Math.min(Math.max(level, 1), names.length) - 1];
        }
    }
}
