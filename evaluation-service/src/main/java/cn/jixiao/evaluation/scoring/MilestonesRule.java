package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * Execution milestones: for each month-end, full points when the cumulative execution rate reaches the target, else
 * the points minus {@code deductionPerPercent} per percentage point of shortfall, down to 0 for that milestone. A
 * milestone whose month has no data yet scores 0 and makes the indicator 数据不足: its score so far is shown but is not
 * final.
 *
 * @param measure always {@code monthly-execution}
 * @param milestones their points sum to the indicator's weight
 */
public record MilestonesRule(String measure, List<Milestone> milestones, BigDecimal deductionPerPercent)
        implements Rule {

    /**
     * @param month 1–12: the target applies at that month's end
     * @param targetRate cumulative execution rate to reach, in percent
     */
    public record Milestone(Integer month, BigDecimal targetRate, BigDecimal points) {
    }

    public MilestonesRule {
        milestones = milestones == null ? null : List.copyOf(milestones);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        List<String> parts = new ArrayList<>();
        for (Milestone milestone : inMonthOrder()) {
            String monthEnd = milestone.month() + "月末";
            Optional<BigDecimal> rate = values.monthEnd(milestone.month());
            if (rate.isEmpty()) {
                complete = false;
                parts.add(monthEnd + "数据不足，得 0 分");
                continue;
            }
            BigDecimal score = score(milestone, rate.get());
            total = total.add(score);
            String reached = rate.get().compareTo(milestone.targetRate()) >= 0 ? "达到 " : "未达到 ";
            parts.add(monthEnd + " " + Numbers.percent(rate.get()) + "，" + reached
                    + Numbers.plain(milestone.targetRate()) + "%，得 " + Numbers.score(score) + " 分");
        }
        String explanation = String.join("；", parts) + "；合计 " + Numbers.score(total) + " 分（满分 "
                + Numbers.plain(indicator.weight()) + " 分）";
        return complete
                ? RuleOutcome.scored(null, total, explanation)
                : new RuleOutcome(null, Numbers.round(total), ScoreStatus.INSUFFICIENT_DATA, explanation);
    }

    private BigDecimal score(Milestone milestone, BigDecimal rate) {
        BigDecimal shortfall = milestone.targetRate().subtract(rate);
        if (shortfall.signum() <= 0) {
            return Numbers.round(milestone.points());
        }
        return Numbers.round(milestone.points().subtract(deductionPerPercent.multiply(shortfall)).max(BigDecimal.ZERO));
    }

    private List<Milestone> inMonthOrder() {
        return milestones.stream().sorted(Comparator.comparing(Milestone::month)).toList();
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        String targets = inMonthOrder().stream()
                .map(m -> m.month() + "月末达到 " + Numbers.plain(m.targetRate()) + "% 得 " + Numbers.plain(m.points())
                        + " 分")
                .collect(Collectors.joining("，"));
        return basis(catalog) + "：" + targets + "；未达到的每低 1 个百分点扣 " + Numbers.plain(deductionPerPercent)
                + " 分，扣完该节点分值为止";
    }

    @Override
    public String basis(MeasureCatalog catalog) {
        return Measure.MONTHLY_EXECUTION.label();
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        if (measure == null || measure.isBlank()) {
            errors.add(path + ".measure", Code.REQUIRED, "缺少计量指标 measure（应为 monthly-execution）");
        } else if (Measure.find(measure).isEmpty()) {
            errors.add(path + ".measure", Code.UNKNOWN_MEASURE, "未知的计量指标“" + measure + "”");
        } else if (Measure.of(measure) != Measure.MONTHLY_EXECUTION) {
            errors.add(path + ".measure", Code.MILESTONES, "进度节点规则的计量指标只能是 monthly-execution（月末累计执行率）");
        }
        if (deductionPerPercent == null) {
            errors.add(path + ".deductionPerPercent", Code.REQUIRED, "缺少每个百分点的扣分 deductionPerPercent");
        } else if (deductionPerPercent.signum() < 0) {
            errors.add(path + ".deductionPerPercent", Code.INVALID_VALUE, "每个百分点的扣分不能为负数");
        }
        if (milestones == null || milestones.isEmpty()) {
            errors.add(path + ".milestones", Code.MILESTONES, "进度节点规则至少需要一个节点");
            return;
        }
        validateMilestones(path + ".milestones", weight, errors);
    }

    private void validateMilestones(String path, BigDecimal weight, ErrorList errors) {
        Set<Integer> months = new HashSet<>();
        BigDecimal points = BigDecimal.ZERO;
        boolean allPoints = true;
        for (int i = 0; i < milestones.size(); i++) {
            String at = path + "[" + i + "]";
            Milestone milestone = milestones.get(i);
            if (milestone.month() == null) {
                errors.add(at + ".month", Code.REQUIRED, "缺少月份 month");
            } else if (milestone.month() < 1 || milestone.month() > 12) {
                errors.add(at + ".month", Code.MILESTONES, "月份应在 1 到 12 之间");
            } else if (!months.add(milestone.month())) {
                errors.add(at + ".month", Code.MILESTONES, milestone.month() + "月的节点重复");
            }
            if (milestone.targetRate() == null) {
                errors.add(at + ".targetRate", Code.REQUIRED, "缺少目标执行率 targetRate");
            } else if (milestone.targetRate().signum() < 0) {
                errors.add(at + ".targetRate", Code.INVALID_VALUE, "目标执行率不能为负数");
            }
            if (milestone.points() == null) {
                errors.add(at + ".points", Code.REQUIRED, "缺少节点分值 points");
                allPoints = false;
            } else if (milestone.points().signum() < 0) {
                errors.add(at + ".points", Code.NEGATIVE_WEIGHT, "节点分值不能为负数");
                allPoints = false;
            } else {
                points = points.add(milestone.points());
            }
        }
        if (allPoints && weight != null && points.compareTo(weight) != 0) {
            errors.add(path, Code.MILESTONES, "各节点分值合计 " + Numbers.plain(points) + " 分，应等于指标分值 "
                    + Numbers.plain(weight) + " 分");
        }
    }
}
