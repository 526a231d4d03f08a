package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.evaluation.api.TextRules;
import cn.jixiao.evaluation.scoring.Framework;
import cn.jixiao.evaluation.scoring.Indicator;
import cn.jixiao.platform.problem.FieldError;

/** Checks the input services share. */
final class InputChecks {

    private static final BigDecimal MAX_FIGURE = new BigDecimal("1E14");

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

    /** A target or actual value: column numeric(18,4), so below 10^14 in magnitude with at most four decimals. */
    static void figure(List<FieldError> errors, Integer index, String field, BigDecimal value, String label) {
        if (value.abs().compareTo(MAX_FIGURE) >= 0) {
            errors.add(new FieldError(index, field, "OUT_OF_RANGE", label + "的绝对值须小于 100000000000000（10 的 14 次方）"));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(index, field, "INVALID_SCALE", label + "最多四位小数"));
        }
    }

    /** The framework's indicator with this code, or an {@code UNKNOWN_INDICATOR} error naming {@code indicatorCode}. */
    static Optional<Indicator> indicator(List<FieldError> errors, Framework framework, String code) {
        Optional<Indicator> indicator = framework.find(code);
        if (indicator.isEmpty()) {
            errors.add(new FieldError("indicatorCode", "UNKNOWN_INDICATOR", "指标体系中没有编码为 " + code + " 的指标"));
        }
        return indicator;
    }

    /** An error naming {@code indicatorCode}: the indicator is not of the kind the input is for. */
    static void wrongKind(List<FieldError> errors, Indicator indicator, String code, String what) {
        errors.add(new FieldError("indicatorCode", code, "指标 " + indicator.code() + " " + indicator.name() + " 不是"
                + what));
    }
}
