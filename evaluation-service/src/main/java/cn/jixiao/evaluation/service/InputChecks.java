package cn.jixiao.evaluation.service;

import java.util.List;

import cn.jixiao.evaluation.api.TextRules;
import cn.jixiao.platform.problem.FieldError;

/** Checks the input services share. */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * A text field: at most {@code max} characters (the column's size), without NUL or another control character
     * (free text may hold line breaks and tabs).
     */
    static void text(List<FieldError> errors, String field, String value, int max, boolean freeText) {
        text(errors, null, field, value, max, freeText);
    }

    /** The same for a field of the body's {@code items[index]}. */
    static void text(List<FieldError> errors, Integer index, String field, String value, int max, boolean freeText) {
        if (value == null) {
            return;
        }
        if (freeText ? TextRules.hasForbiddenControl(value) : TextRules.hasAnyControl(value)) {
            errors.add(new FieldError(index, field, "INVALID_CHARACTER", field + " 不能含有控制字符"
                    + (freeText ? "（换行和制表符除外）" : "") + "或无效的 Unicode 字符"));
        } else if (TextRules.length(value) > max) {
            errors.add(new FieldError(index, field, "TOO_LONG", field + " 最多 " + max + " 个字符，实为 " + TextRules.length(value)
                    + " 个"));
        }
    }
}
