package cn.jixiao.evaluation.scoring;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jixiao.evaluation.scoring.FilteredQuantity.Of;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/** Checks a document's {@code quantities}: names, filter values and which filters apply to which sum. */
final class QuantityDeclarations {

    static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern ECONOMIC_CLASS = Pattern.compile("\\d{3}|\\d{5}");
    private static final Pattern FUNCTION_CLASS = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern PROJECT_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}");

    private QuantityDeclarations() {
    }

    /**
     * The usable declarations by name; errors, at paths under {@code quantities}, go to {@code errors}. A name that
     * clashes with a built-in name, a measure the document defines ({@code measureIds}) or an earlier declaration is
     * not usable.
     */
    static Map<String, FilteredQuantity> validated(List<FilteredQuantity> quantities, Set<String> measureIds,
            ErrorList errors) {
        Map<String, FilteredQuantity> usable = new LinkedHashMap<>();
        for (int i = 0; i < quantities.size(); i++) {
            String path = "quantities[" + i + "]";
            FilteredQuantity quantity = quantities.get(i);
            boolean named = name(quantity.name(), path + ".name", measureIds, usable.keySet(), errors);
            if (quantity.of() == null) {
                errors.add(path + ".of", Code.REQUIRED, "缺少数量类别 of（可选 budget、initial-budget、spending）");
            } else {
                filters(quantity, path, errors);
            }
            if (named) {
                usable.put(quantity.name(), quantity);
            }
        }
        return usable;
    }

    private static boolean name(String name, String path, Set<String> measureIds, Set<String> declared,
            ErrorList errors) {
        if (name == null || name.isBlank()) {
            errors.add(path, Code.REQUIRED, "缺少数量名称 name");
            return false;
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            errors.add(path, Code.INVALID_VALUE, "数量名称“" + name + "”只能由字母、数字和下划线组成，且不以数字开头");
            return false;
        }
        if (Quantity.find(name).isPresent() || Measure.findVariable(name).isPresent()) {
            errors.add(path, Code.DUPLICATE_QUANTITY, "数量名称“" + name + "”与内置的数量或计量指标重名");
            return false;
        }
        if (measureIds.contains(name) || declared.contains(name)) {
            errors.add(path, Code.DUPLICATE_QUANTITY, "数量名称“" + name + "”已被使用");
            return false;
        }
        return true;
    }

    private static void filters(FilteredQuantity quantity, String path, ErrorList errors) {
        Of of = quantity.of();
        if (quantity.source() != null && of == Of.INITIAL_BUDGET) {
            errors.add(path + ".source", Code.FILTER_NOT_APPLICABLE,
                    "年初预算只含来源为年初的原始指标，不能再按指标来源 source 筛选");
        }
        prefix(quantity.economicClass(), ECONOMIC_CLASS, path + ".economicClass",
                "经济分类前缀 economicClass 应为 3 位（类）或 5 位（款）数字", errors);
        prefix(quantity.functionClass(), FUNCTION_CLASS, path + ".functionClass",
                "功能分类前缀 functionClass 应为 3 位（类）、5 位（款）或 7 位（项）数字", errors);
        prefix(quantity.project(), PROJECT_CODE, path + ".project",
                "项目编码 project 应为 1–64 位字母、数字或 _.:-，以字母或数字开头", errors);
        Optional<MonthDay> from = date(quantity.from(), of, path + ".from", "from", errors);
        Optional<MonthDay> until = date(quantity.until(), of, path + ".until", "until", errors);
        from.filter(day -> day.getDayOfMonth() != 1).ifPresent(day -> errors.add(path + ".from", Code.INVALID_VALUE,
                "起始日期 from“" + quantity.from() + "”须为月初（如 04-01）：支出按支付月份汇总"));
        until.filter(day -> !monthEnd(day)).ifPresent(day -> errors.add(path + ".until", Code.INVALID_VALUE,
                "截止日期 until“" + quantity.until() + "”须为月末（如 06-30）：支出按支付月份汇总"));
        if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
            errors.add(path + ".from", Code.INVALID_VALUE,
                    "起始日期 from“" + quantity.from() + "”晚于截止日期 until“" + quantity.until() + "”");
        }
    }

    private static void prefix(String value, Pattern pattern, String path, String message, ErrorList errors) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(path, Code.INVALID_VALUE, message + "，不是“" + value + "”");
        }
    }

    private static Optional<MonthDay> date(String text, Of of, String path, String field, ErrorList errors) {
        if (text == null) {
            return Optional.empty();
        }
        if (of != Of.SPENDING) {
            errors.add(path, Code.FILTER_NOT_APPLICABLE, "只有支出（of 为 spending）可按日期 " + field + " 筛选");
            return Optional.empty();
        }
        Optional<MonthDay> day = FilteredQuantity.monthDay(text);
        if (day.isEmpty()) {
            errors.add(path, Code.INVALID_VALUE, "日期 " + field + "“" + text + "”应为预算年度内的月-日，如 06-30");
        }
        return day;
    }

    /** 02-28 counts as the end of February in every year, 02-29 too. */
    private static boolean monthEnd(MonthDay day) {
        return day.getDayOfMonth() == day.getMonth().maxLength()
                || day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
    }
}
