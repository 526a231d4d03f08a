package cn.jixiao.report.render;

import static cn.jixiao.report.render.SheetStyles.number;
import static cn.jixiao.report.render.SheetStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jixiao.report.assembly.DisplayFormat;
import cn.jixiao.report.model.RegionOverview;

/**
 * The finance bureau's region overview as an .xlsx workbook: one row per agency with its budget and spending in 万元,
 * execution rate, the top-level indicator scores, total, grade and report status; every figure a number shown with
 * two decimals, the header row frozen and repeated when printed.
 */
public final class RegionOverviewSheetRenderer {

    private static final String SHEET = "部门整体支出绩效自评区域总览";
    private static final int HEADER_ROW = 1;
    private static final List<String> LEADING = List.of("单位编码", "单位名称", "调整后预算（万元）", "实际支出（万元）",
            "支出完成率（%）");
    private static final int[] LEADING_WIDTHS = {14, 30, 14, 14, 12};
    private static final List<String> TRAILING = List.of("总分", "等级", "报告状态");
    private static final int[] TRAILING_WIDTHS = {10, 8, 10};
    private static final int INDICATOR_WIDTH = 14;

    private RegionOverviewSheetRenderer() {
    }

    public static byte[] render(RegionOverview overview) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            CellStyle amount = SheetStyles.bordered(workbook);
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet(SHEET);
            List<String> header = header(overview.indicators());
            text(sheet.createRow(0), 0, "财政区划 " + overview.mofDivCode() + " " + overview.fiscalYear() + " 年度" + SHEET
                    + "（共 " + overview.rows().size() + " 个预算单位）", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < header.size(); c++) {
                text(headerRow, c, header.get(c), styles.header);
                sheet.setColumnWidth(c, width(c, header.size()) * 256);
            }
            int r = HEADER_ROW + 1;
            for (RegionOverview.Row agency : overview.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                text(line, c++, agency.agencyCode(), styles.text);
                text(line, c++, agency.agencyName() == null ? DisplayFormat.MISSING : agency.agencyName(), styles.text);
                number(line, c++, DisplayFormat.inWanYuan(agency.adjustedBudget()), amount);
                number(line, c++, DisplayFormat.inWanYuan(agency.spending()), amount);
                number(line, c++, twoDecimals(agency.executionRate()), styles.number);
                for (BigDecimal score : agency.indicatorScores()) {
                    number(line, c++, twoDecimals(score), styles.number);
                }
                number(line, c++, twoDecimals(agency.total()), styles.number);
                text(line, c++, agency.grade() == null ? DisplayFormat.MISSING : agency.grade(), styles.text);
                text(line, c, statusLabel(agency.reportStatus()), styles.text);
            }
            sheet.createFreezePane(2, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the region overview could not be written", e);
        }
    }

    /** The column headers: the leading ones, one per top-level indicator (its score), the trailing ones. */
    public static List<String> header(List<String> indicators) {
        List<String> header = new ArrayList<>(LEADING);
        indicators.forEach(name -> header.add(name + "得分"));
        header.addAll(TRAILING);
        return header;
    }

    /** The report's workflow status in Chinese. */
    static String statusLabel(String status) {
        return switch (status) {
            case "draft" -> "草稿";
            case "submitted" -> "已提交";
            case "returned" -> "已退回";
            case "published" -> "已发布";
            default -> status;
        };
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static int width(int column, int columns) {
        if (column < LEADING_WIDTHS.length) {
            return LEADING_WIDTHS[column];
        }
        int trailing = column - (columns - TRAILING_WIDTHS.length);
        return trailing >= 0 ? TRAILING_WIDTHS[trailing] : INDICATOR_WIDTH;
    }
}
