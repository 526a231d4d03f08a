package cn.jixiao.budget.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import cn.jixiao.budget.service.FieldRules;
import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.FieldError;

/**
 * A file's header row: which column holds which field. A header names a field by its code ({@code payAppId}), its
 * Chinese name (支付申请编号) or both as the template writes them (支付申请编号（payAppId）).
 */
final class Header {

    private final String[] fieldByColumn;
    private final String[] textByColumn;
    private final Map<String, Integer> columnByField = new HashMap<>();

    private Header(int width) {
        fieldByColumn = new String[width];
        textByColumn = new String[width];
    }

    /** Recognises the header cells, or refuses the file naming every unknown or repeated header. */
    static Header of(ImportKind kind, List<String> cells) {
        Map<String, String> known = new HashMap<>();
        for (String field : kind.fields()) {
            known.put(normalised(field), field);
            known.put(normalised(FieldRules.name(field)), field);
            known.put(normalised(FieldRules.label(field)), field);
        }
        Header header = new Header(cells.size());
        List<FieldError> errors = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            String text = cells.get(column);
            if (text == null) {
                continue;
            }
            String field = known.get(normalised(text));
            String cell = letter(column) + "1";
            if (field == null) {
                errors.add(new FieldError(cell, ErrorCodes.UNKNOWN_FIELD, "第 1 行 " + letter(column) + " 列的表头“"
                        + clip(text) + "”不是" + kind.chineseName() + "的列；可用的列见导入模板"));
            } else if (header.columnByField.containsKey(field)) {
                errors.add(new FieldError(cell, ErrorCodes.DUPLICATE_FIELD, "第 1 行 " + letter(column) + " 列与 "
                        + letter(header.columnByField.get(field)) + " 列都是" + FieldRules.label(field)));
            } else {
                header.fieldByColumn[column] = field;
                header.textByColumn[column] = text;
                header.columnByField.put(field, column);
            }
        }
        if (errors.isEmpty() && header.columnByField.isEmpty()) {
            errors.add(new FieldError("file", ErrorCodes.REQUIRED, "第 1 行应为表头（如模板所示），未找到任何" + kind.chineseName()
                    + "的列"));
        }
        if (!errors.isEmpty()) {
            throw FileRefusal.invalid("文件的表头不正确", errors);
        }
        return header;
    }

    /** The field of a column, or null for a column without a header. */
    String field(int column) {
        return column < fieldByColumn.length ? fieldByColumn[column] : null;
    }

    /** The column holding a field, or null when the file has no such column. */
    Integer column(String field) {
        return columnByField.get(field);
    }

    /** The header as the file writes it. */
    String text(int column) {
        return textByColumn[column];
    }

    /** The spreadsheet letter of a 0-based column: A, B, …, AA. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static String normalised(String header) {
        return header.replaceAll("\\s+", "").replace('(', '（').replace(')', '）').toLowerCase(Locale.ROOT);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
