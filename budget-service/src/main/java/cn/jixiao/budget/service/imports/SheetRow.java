package cn.jixiao.budget.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import cn.jixiao.budget.service.FieldRules;
import cn.jixiao.budget.service.Violations;
import cn.jixiao.platform.problem.ErrorCodes;

/**
 * One data row of a file, read by field. A value that cannot be the field's type (a text for an amount, a date not
 * written YYYY-MM-DD) is an {@code INVALID_TYPE} error of the row, as the wrong JSON type is for the batch API.
 */
final class SheetRow {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final int number;
    private final List<String> cells;
    private final Header header;

    SheetRow(int number, List<String> cells, Header header) {
        this.number = number;
        this.cells = cells;
        this.header = header;
    }

    /** The row's number in the file, 1 being the header. */
    int number() {
        return number;
    }

    /** The cell of a field, without surrounding blanks; null when the file has no such column or the cell is empty. */
    String text(String field) {
        Integer column = header.column(field);
        if (column == null || column >= cells.size() || cells.get(column) == null) {
            return null;
        }
        String value = cells.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    Integer integer(Violations v, String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            return invalid(v, field, value, "整数");
        }
        return Integer.valueOf(value);
    }

    /** An amount as written: the exact decimal of the cell, never rounded. */
    BigDecimal money(Violations v, String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return invalid(v, field, value, "数字（单位：元）");
        }
    }

    LocalDate date(Violations v, String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error
        }
        return invalid(v, field, value, "日期 YYYY-MM-DD 或 Excel 日期");
    }

    private static <T> T invalid(Violations v, String field, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        v.add(field, ErrorCodes.INVALID_TYPE, FieldRules.label(field) + "应为" + expected + "，收到“" + shown + "”");
        return null;
    }
}
