package cn.jixiao.report.render;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import cn.jixiao.report.api.Characters;

/**
 * Writes bordered Word tables whose header row repeats on every page and whose rows never split across pages, with
 * fixed column widths so Word, WPS and LibreOffice lay them out alike.
 */
final class WordTables {

    /** A column: its title, its share of the text width, and how its cells are aligned. */
    record Column(String title, int weight, ParagraphAlignment alignment) {
    }

    /** A body row; {@code indent} is in characters (the score table indents names by level). */
    record Row(List<String> cells, int indent, boolean bold) {
    }

    private static final String HEADER_SHADING = "E7E6E6";
    private static final String BORDER_COLOR = "000000";
    /** A 10.5 pt character in twips. */
    private static final int TABLE_CHARACTER_WIDTH = 210;
    /** In eighths of a point. */
    private static final int BORDER_SIZE = 4;

    private WordTables() {
    }

    static void write(XWPFDocument document, List<Column> columns, List<Row> rows, int textWidthTwips) {
        XWPFTable table = document.createTable(rows.size() + 1, columns.size());
        layout(table, columns, textWidthTwips);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_SHADING);
            fill(cell, columns.get(c).title(), ParagraphAlignment.CENTER, 0, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow tableRow = table.getRow(r + 1);
            tableRow.setCantSplitRow(true);
            Row row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                fill(tableRow.getCell(c), row.cells().get(c), columns.get(c).alignment(), c == 0 ? row.indent() : 0,
                        row.bold());
            }
        }
    }

    private static void layout(XWPFTable table, List<Column> columns, int textWidthTwips) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidthTwips));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setTopBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);
        table.setBottomBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);
        table.setLeftBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);
        table.setRightBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);
        table.setInsideHBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);
        table.setInsideVBorder(XWPFBorderType.SINGLE, BORDER_SIZE, 0, BORDER_COLOR);

        int totalWeight = columns.stream().mapToInt(Column::weight).sum();
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns.size(); c++) {
            BigInteger columnWidth = BigInteger.valueOf((long) textWidthTwips * columns.get(c).weight() / totalWeight);
            grid.addNewGridCol().setW(columnWidth);
            for (XWPFTableRow row : table.getRows()) {
                CTTc cell = row.getCell(c).getCTTc();
                CTTcPr cellProperties = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
                CTTblWidth cellWidth = cellProperties.isSetTcW() ? cellProperties.getTcW() : cellProperties.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(columnWidth);
            }
        }
    }

    private static void fill(XWPFTableCell cell, String text, ParagraphAlignment alignment, int indentChars,
            boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(WordStyles.TABLE_TEXT);
        paragraph.setAlignment(alignment);
        if (indentChars > 0) {
            paragraph.setIndentationLeft(indentChars * TABLE_CHARACTER_WIDTH);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : Characters.clean(text));
        run.setBold(bold);
    }
}
