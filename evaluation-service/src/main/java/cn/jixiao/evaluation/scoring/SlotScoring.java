package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import cn.jixiao.evaluation.scoring.SlotDefinition.DefinedIndicator;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * The department's indicators in a {@link Slot}: whether a definition fits its slot, and how each defined indicator
 * scores. A met target scores the indicator's weight; a missed one scores in proportion, like a {@code proportional}
 * rule: at-least {@code w × actual ÷ target}, at-most {@code w × target ÷ actual}, rounded half up to two decimals, 0
 * when the target is 0 or less (no proportion to take).
 */
public final class SlotScoring {

    private SlotScoring() {
    }

    /**
     * The reasons this list of indicators does not fit the slot of this weight: paths {@code children} (count, weight
     * sum) and {@code children[i].weight}, {@code children[i].category}. Empty when it fits.
     */
    public static List<ValidationError> check(Slot slot, BigDecimal slotWeight, List<DefinedIndicator> children) {
        ErrorList errors = new ErrorList();
        if (children.size() < slot.minChildren()) {
            errors.add("children", Code.TOO_FEW, "部门自定义指标至少 " + slot.minChildren() + " 项，实为 " + children.size()
                    + " 项");
        } else if (children.size() > slot.maxChildren()) {
            errors.add("children", Code.TOO_MANY, "部门自定义指标最多 " + slot.maxChildren() + " 项，实为 " + children.size()
                    + " 项");
        }
        for (int i = 0; i < children.size(); i++) {
            DefinedIndicator child = children.get(i);
            String at = "children[" + i + "]";
            if (child.weight() == null) {
                errors.add(at + ".weight", Code.REQUIRED, "分值为必填项");
            } else if (child.weight().signum() <= 0) {
                errors.add(at + ".weight", Code.OUT_OF_RANGE, "分值须大于 0");
            } else if (!Numbers.hasAtMostTwoDecimals(child.weight())) {
                errors.add(at + ".weight", Code.INVALID_SCALE, "分值最多两位小数");
            }
            if (slot.categories() != null && !slot.categories().contains(child.category())) {
                errors.add(at + ".category", Code.INVALID_VALUE, "类别须为 " + String.join("、", slot.categories())
                        + " 之一");
            }
        }
        if (children.stream().map(DefinedIndicator::weight).allMatch(Objects::nonNull)) {
            BigDecimal sum = children.stream().map(DefinedIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!children.isEmpty() && sum.compareTo(slotWeight) != 0) {
                errors.add("children", Code.WEIGHT_SUM, "自定义指标分值合计 " + Numbers.plain(sum) + " 分，应等于该栏分值 "
                        + Numbers.plain(slotWeight) + " 分");
            }
        }
        return errors.toList();
    }

    /** One defined indicator of an approved definition, scored as indicator {@code code}. */
    static ScoredIndicator score(String code, DefinedIndicator child) {
        String target = "目标 " + child.direction().sign() + " " + figure(child.targetValue(), child.unit());
        String points = Numbers.plain(child.weight());
        String rule = target + "，达到得满分 " + points + " 分，未达到按实际值与目标值之比得分";
        BigDecimal actual = child.actualValue();
        if (actual == null) {
            return leaf(code, child, Numbers.ZERO_POINTS, ScoreStatus.PENDING_INPUT, rule, "待填报：尚未填报实际值");
        }
        String figures = target + "，实际 " + figure(actual, child.unit()) + "，";
        if (child.direction().met(actual, child.targetValue())) {
            return leaf(code, child, Numbers.round(child.weight()), ScoreStatus.SCORED, rule,
                    figures + "达到目标，得满分 " + points + " 分");
        }
        BigDecimal score = proportion(child);
        String ratio = child.targetValue().signum() <= 0 ? ""
                : "按 " + (child.direction() == TargetDirection.AT_LEAST
                        ? Numbers.plain(actual) + " ÷ " + Numbers.plain(child.targetValue())
                        : Numbers.plain(child.targetValue()) + " ÷ " + Numbers.plain(actual)) + " ";
        return leaf(code, child, score, ScoreStatus.SCORED, rule,
                figures + "未达到，" + ratio + "得 " + Numbers.score(score) + " 分（满分 " + points + " 分）");
    }

    private static BigDecimal proportion(DefinedIndicator child) {
        BigDecimal target = child.targetValue();
        if (target.signum() <= 0) {
            return Numbers.ZERO_POINTS;
        }
        BigDecimal weight = child.weight();
        return child.direction() == TargetDirection.AT_LEAST
                ? weight.multiply(child.actualValue()).divide(target, 2, RoundingMode.HALF_UP).max(Numbers.ZERO_POINTS)
                : weight.multiply(target).divide(child.actualValue(), 2, RoundingMode.HALF_UP);
    }

    private static String figure(BigDecimal value, String unit) {
        return Numbers.plain(value) + " " + unit;
    }

    private static ScoredIndicator leaf(String code, DefinedIndicator child, BigDecimal score, ScoreStatus status,
            String rule, String explanation) {
        return new ScoredIndicator(code, child.name(), child.weight(), null, score, status, rule, explanation, List.of());
    }
}
