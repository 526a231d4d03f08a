package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Checks a framework before it is used: header, grade bands, the tree's weights, codes and rules. Every error is
 * reported, with its path in the document.
 */
public final class FrameworkValidator {

    private static final BigDecimal FULL_MARKS = Numbers.HUNDRED;

    private final ErrorList errors = new ErrorList();
    /** Code → path of the first indicator that has it. */
    private final Map<String, String> codes = new HashMap<>();
    /** Slot code → its path, and how many codes it reserves for the department's indicators. */
    private final Map<String, String> slots = new HashMap<>();
    private final Map<String, Integer> slotSizes = new HashMap<>();
    private final MeasureCatalog catalog;

    private FrameworkValidator(Framework framework) {
        catalog = MeasureCatalog.validated(framework.measures(), framework.quantities(), errors);
    }

    /** Every error of the framework; empty when it can be used. */
    public static List<ValidationError> validate(Framework framework) {
        FrameworkValidator validator = new FrameworkValidator(framework);
        validator.header(framework);
        validator.grades(framework.grades());
        validator.coreGradeCap(framework);
        validator.indicators(framework.indicators());
        validator.catalog.reportUnusedQuantities(framework.quantities(), validator.errors);
        validator.slotCodesAreFree();
        return validator.errors.toList();
    }

    private void header(Framework framework) {
        required(framework.id(), "id", "缺少指标体系标识 id");
        required(framework.version(), "version", "缺少版本号 version");
        required(framework.name(), "name", "缺少指标体系名称 name");
        required(framework.mofDivCode(), "mofDivCode", "缺少适用财政区划 mofDivCode（适用所有区划时填 *）");
        if (framework.fiscalYear() == null) {
            errors.add("fiscalYear", Code.REQUIRED, "缺少适用年度 fiscalYear");
        }
    }

    private void required(String value, String path, String message) {
        if (value == null || value.isBlank()) {
            errors.add(path, Code.REQUIRED, message);
        }
    }

    /** Highest band first, strictly descending, the lowest starting at 0 so that every total has a grade. */
    private void grades(List<GradeBand> grades) {
        if (grades == null || grades.isEmpty()) {
            errors.add("grades", Code.GRADE_BANDS, "缺少等级划分 grades");
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < grades.size(); i++) {
            String at = "grades[" + i + "]";
            GradeBand band = grades.get(i);
            if (band.grade() == null || band.grade().isBlank()) {
                errors.add(at + ".grade", Code.REQUIRED, "缺少等级名称 grade");
            } else if (!names.add(band.grade())) {
                errors.add(at + ".grade", Code.GRADE_BANDS, "等级“" + band.grade() + "”重复");
            }
            BigDecimal min = band.minScore();
            if (min == null) {
                errors.add(at + ".minScore", Code.REQUIRED, "缺少等级最低分 minScore");
                continue;
            }
            if (min.signum() < 0 || min.compareTo(FULL_MARKS) > 0) {
                errors.add(at + ".minScore", Code.GRADE_BANDS, "等级最低分应在 0 到 100 之间");
            } else if (previous != null && min.compareTo(previous) >= 0) {
                errors.add(at + ".minScore", Code.GRADE_BANDS, "等级须按最低分从高到低排列，" + Numbers.plain(min)
                        + " 应低于上一等级的 " + Numbers.plain(previous));
            }
            previous = min;
        }
        BigDecimal lowest = grades.get(grades.size() - 1).minScore();
        if (lowest != null && lowest.signum() != 0) {
            errors.add("grades[" + (grades.size() - 1) + "].minScore", Code.GRADE_BANDS, "最低一个等级的最低分应为 0");
        }
    }

    private void coreGradeCap(Framework framework) {
        String cap = framework.coreGradeCap();
        if (cap != null && framework.grades() != null
                && framework.grades().stream().noneMatch(band -> cap.equals(band.grade()))) {
            errors.add("coreGradeCap", Code.INVALID_VALUE, "核心指标未达标时的最高等级“" + cap + "”不是已定义的等级");
        }
    }

    private void indicators(List<Indicator> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            errors.add("indicators", Code.REQUIRED, "指标体系至少需要一个一级指标");
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            indicator(indicators.get(i), "indicators[" + i + "]", true);
        }
        BigDecimal sum = weightSum(indicators);
        if (sum != null && sum.compareTo(FULL_MARKS) != 0) {
            errors.add("indicators", Code.WEIGHT_SUM, "一级指标分值合计 " + Numbers.plain(sum) + " 分，应为 100 分");
        }
    }

    private void indicator(Indicator indicator, String path, boolean topLevel) {
        if (indicator.code() == null || indicator.code().isBlank()) {
            errors.add(path + ".code", Code.REQUIRED, "缺少指标编码 code");
        } else {
            String first = codes.putIfAbsent(indicator.code(), path + ".code");
            if (first != null) {
                errors.add(path + ".code", Code.DUPLICATE_CODE, "指标编码 " + indicator.code() + " 重复（与 " + first
                        + " 相同）");
            }
        }
        required(indicator.name(), path + ".name", "缺少指标名称 name");
        weight(indicator.weight(), path + ".weight");
        if (indicator.slot() != null) {
            slot(indicator, path);
        } else if (indicator.hasChildren()) {
            parent(indicator, path);
        } else if (indicator.rule() == null) {
            errors.add(path + ".rule", Code.LEAF_WITHOUT_RULE, "末级指标“" + indicator.name() + "”缺少评分规则 rule");
        } else {
            indicator.rule().validate(path + ".rule", indicator.weight(), catalog, errors);
        }
        if (indicator.notApplicable() != null) {
            indicator.notApplicable().validateNotApplicable(path + ".notApplicable", !indicator.hasChildren(), catalog,
                    errors);
        }
        if (indicator.veto() != null) {
            indicator.veto().validateVeto(path + ".veto", topLevel, catalog, errors);
        }
    }

    /**
     * A slot has neither children nor a rule in the document; the codes its department's indicators will have must
     * not be taken by the framework's own indicators.
     */
    private void slot(Indicator indicator, String path) {
        if (indicator.hasChildren() || indicator.rule() != null) {
            errors.add(path + ".slot", Code.SLOT, "部门自定义指标栏“" + indicator.name()
                    + "”的下级指标由部门定义，不能另设下级指标 children 或评分规则 rule");
        }
        if (indicator.weight() != null && indicator.weight().signum() == 0) {
            errors.add(path + ".weight", Code.SLOT, "部门自定义指标栏的分值须大于 0，否则部门无法设置指标");
        }
        indicator.slot().validate(path + ".slot", errors);
        if (indicator.code() != null && indicator.slot().maxChildren() != null) {
            slots.put(indicator.code(), path);
            slotSizes.put(indicator.code(), Math.min(indicator.slot().maxChildren(), Slot.MAX_CHILDREN));
        }
    }

    private void slotCodesAreFree() {
        slots.forEach((code, path) -> {
            for (int n = 1; n <= slotSizes.get(code); n++) {
                String taken = codes.get(Slot.childCode(code, n));
                if (taken != null) {
                    errors.add(taken, Code.DUPLICATE_CODE, "指标编码 " + Slot.childCode(code, n) + " 留给部门自定义指标栏 "
                            + code + "（" + path + "）的第 " + n + " 项，不能另作他用");
                }
            }
        });
    }

    private void parent(Indicator indicator, String path) {
        if (indicator.rule() != null) {
            errors.add(path + ".rule", Code.PARENT_WITH_RULE, "“" + indicator.name()
                    + "”有下级指标，得分为下级指标之和，不能另设评分规则");
        }
        List<Indicator> children = indicator.children();
        for (int i = 0; i < children.size(); i++) {
            indicator(children.get(i), path + ".children[" + i + "]", false);
        }
        BigDecimal sum = weightSum(children);
        if (sum != null && indicator.weight() != null && sum.compareTo(indicator.weight()) != 0) {
            errors.add(path + ".children", Code.WEIGHT_SUM, "“" + indicator.name() + "”的下级指标分值合计 "
                    + Numbers.plain(sum) + " 分，应等于其分值 " + Numbers.plain(indicator.weight()) + " 分");
        }
    }

    private void weight(BigDecimal weight, String path) {
        if (weight == null) {
            errors.add(path, Code.REQUIRED, "缺少分值 weight");
        } else if (weight.signum() < 0) {
            errors.add(path, Code.NEGATIVE_WEIGHT, "分值不能为负数");
        } else if (!Numbers.hasAtMostTwoDecimals(weight)) {
            errors.add(path, Code.INVALID_SCALE, "分值最多两位小数");
        }
    }

    /** The sum of the weights, or null when one is missing (already reported). */
    private static BigDecimal weightSum(List<Indicator> indicators) {
        if (indicators.stream().map(Indicator::weight).anyMatch(Objects::isNull)) {
            return null;
        }
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
