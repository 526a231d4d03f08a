package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * A step table as printed: each step is a range of the measure, each end open or closed as the table says, and the
 * points it scores. A value in no step scores 0. Steps may not overlap.
 */
public record StepsRule(String measure, List<Step> steps) implements MeasuredRule {

    /**
     * @param min lower end in the measure's unit; absent for no lower end
     * @param minInclusive whether {@code min} itself is in the step; required with {@code min}
     * @param max upper end; absent for no upper end
     * @param maxInclusive whether {@code max} itself is in the step; required with {@code max}
     * @param points what the step scores, 0 to the weight
     */
    public record Step(BigDecimal min, Boolean minInclusive, BigDecimal max, Boolean maxInclusive,
            BigDecimal points) {

        boolean contains(BigDecimal value) {
            boolean aboveMin = min == null || (minInclusive ? value.compareTo(min) >= 0 : value.compareTo(min) > 0);
            boolean belowMax = max == null || (maxInclusive ? value.compareTo(max) <= 0 : value.compareTo(max) < 0);
            return aboveMin && belowMax;
        }

        /** 0% < 预算调整率 ≤ 10%, 预算调整率 = 0% */
        String range(MeasureInfo measure) {
            if (min != null && max != null && min.compareTo(max) == 0) {
                return measure.label() + " = " + Numbers.plain(min) + measure.unit();
            }
            String lower = min == null ? "" : Numbers.plain(min) + measure.unit() + (minInclusive ? " ≤ " : " < ");
            String upper = max == null ? "" : (maxInclusive ? " ≤ " : " < ") + Numbers.plain(max) + measure.unit();
            return lower + measure.label() + upper;
        }

        /** Whether the two share a value; a missing end reaches infinitely far. */
        boolean overlaps(Step other) {
            return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
        }

        private static boolean startsBeforeEndOf(Step a, Step b) {
            if (a.min == null || b.max == null) {
                return true;
            }
            int order = a.min.compareTo(b.max);
            return order < 0 || order == 0 && a.minInclusive && b.maxInclusive;
        }
    }

    public StepsRule {
        steps = steps == null ? null : List.copyOf(steps);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return scoreMeasured(values, (m, value) -> score(m, value, indicator.weight()));
    }

    private RuleOutcome score(MeasureInfo m, BigDecimal value, BigDecimal weight) {
        String figure = m.label() + " " + m.format(value) + "，";
        String points = Numbers.plain(weight);
        Optional<Step> step = steps.stream().filter(s -> s.contains(value)).findFirst();
        if (step.isEmpty()) {
            return RuleOutcome.scored(value, BigDecimal.ZERO, figure + "不在评分表任何一档内，得 0.00 分（满分 " + points
                    + " 分）");
        }
        BigDecimal score = step.get().points();
        String tier = figure + "属于 " + step.get().range(m) + " 档，";
        return RuleOutcome.scored(value, score, score.compareTo(weight) == 0
                ? tier + "得满分 " + points + " 分"
                : tier + "得 " + Numbers.score(score) + " 分（满分 " + points + " 分）");
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        MeasureInfo m = catalog.info(measure);
        return steps.stream().map(step -> step.range(m) + " 得 " + Numbers.plain(step.points()) + " 分")
                .collect(Collectors.joining("，")) + "，其余不得分（满分 " + Numbers.plain(weight) + " 分）";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        catalog.validateSingleValue(measure, path + ".measure", errors);
        if (steps == null || steps.isEmpty()) {
            errors.add(path + ".steps", Code.STEPS, "分档表至少需要一档");
            return;
        }
        List<Integer> comparable = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = path + ".steps[" + i + "]";
            if (step(steps.get(i), at, weight, errors)) {
                for (int j : comparable) {
                    if (steps.get(i).overlaps(steps.get(j))) {
                        errors.add(at, Code.STEPS, "第 " + (i + 1) + " 档与第 " + (j + 1) + " 档有重叠");
                    }
                }
                comparable.add(i);
            }
        }
    }

    /** Adds the step's own errors; true when it can be compared with the others. */
    private static boolean step(Step step, String at, BigDecimal weight, ErrorList errors) {
        int before = errors.toList().size();
        if (step.min() == null && step.max() == null) {
            errors.add(at, Code.STEPS, "每档至少要有下限 min 或上限 max");
        }
        if (step.min() != null && step.minInclusive() == null) {
            errors.add(at + ".minInclusive", Code.REQUIRED, "请按评分表注明下限是否包含在本档内 minInclusive");
        }
        if (step.max() != null && step.maxInclusive() == null) {
            errors.add(at + ".maxInclusive", Code.REQUIRED, "请按评分表注明上限是否包含在本档内 maxInclusive");
        }
        if (step.min() != null && step.max() != null && step.minInclusive() != null && step.maxInclusive() != null) {
            int order = step.min().compareTo(step.max());
            if (order > 0 || order == 0 && !(step.minInclusive() && step.maxInclusive())) {
                errors.add(at, Code.STEPS, "本档为空：下限应低于上限（相等时两端都须包含）");
            }
        }
        if (step.points() == null) {
            errors.add(at + ".points", Code.REQUIRED, "缺少本档得分 points");
        } else if (step.points().signum() < 0 || weight != null && step.points().compareTo(weight) > 0) {
            errors.add(at + ".points", Code.STEPS, "本档得分应在 0 到指标分值之间");
        } else if (!Numbers.hasAtMostTwoDecimals(step.points())) {
            errors.add(at + ".points", Code.INVALID_SCALE, "得分最多两位小数");
        }
        return errors.toList().size() == before;
    }
}
