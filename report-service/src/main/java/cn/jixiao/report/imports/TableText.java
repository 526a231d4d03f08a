package cn.jixiao.report.imports;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A table of the department's report as narrative text, so that its figures are checked like sentences: one line per
 * row, each cell after the first as "row label（column）value" with the column's unit (万元, %, 分) added to a bare
 * number, e.g. "301 工资福利支出（金额）1457.19万元，301 工资福利支出（占比）79.44%".
 */
final class TableText {

    private TableText() {
    }

    static String of(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() < 2) {
            return rows.isEmpty() ? "" : String.join("，", cells(rows.get(0)));
        }
        List<String> header = cells(rows.get(0));
        List<String> lines = new ArrayList<>();
        for (XWPFTableRow row : rows.subList(1, rows.size())) {
            List<String> cells = cells(row);
            if (cells.isEmpty() || cells.get(0).isEmpty()) {
                continue;
            }
            String label = cells.get(0).replaceAll("[：:]$", "");
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < cells.size(); i++) {
                String column = i < header.size() ? header.get(i) : "";
                if (!cells.get(i).isEmpty()) {
                    parts.add(label + "（" + withoutUnit(column) + "）" + withUnit(cells.get(i), column));
                }
            }
            lines.add(parts.isEmpty() ? label : String.join("，", parts));
        }
        return String.join("\n", lines);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    /** "金额（万元）" → "金额", "年初预算数(A)" → "年初预算数". */
    private static String withoutUnit(String column) {
        return column.replaceAll("[（(][^）)]*[）)]", "").strip();
    }

    private static String withUnit(String cell, String column) {
        if (!cell.matches("-?[\\d,]+(\\.\\d+)?")) {
            return cell;
        }
        if (column.contains("万元")) {
            return cell + "万元";
        }
        if (column.contains("元")) {
            return cell + "元";
        }
        if (column.contains("%") || column.contains("％") || column.contains("率") || column.contains("占比")) {
            return cell + "%";
        }
        return column.contains("分") ? cell + "分" : cell;
    }
}
