package cn.jixiao.report.render;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.jixiao.report.assembly.DisplayFormat;

/**
 * The cell styles the workbooks share, made once per workbook (a workbook holds at most 64,000 of them): a bold
 * title, grey bold header cells, bordered text, and numbers shown with two decimals; and the cells written with them.
 */
class SheetStyles {

    final Font bold;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;

    SheetStyles(XSSFWorkbook workbook) {
        bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bold);
        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook);
        text.setWrapText(true);
        number = bordered(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number cell, or the "—" of an absent value as text. */
    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue(DisplayFormat.MISSING);
        } else {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
