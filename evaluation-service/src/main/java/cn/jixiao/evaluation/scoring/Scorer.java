package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Scores a department's measures and self-assessments under a framework. Pure: no I/O, no state. */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Leaves are scored by their rules (two decimals each); a parent is the sum of its children, which cannot exceed
     * its weight since the framework's weights add up and each leaf is capped at its own; the total is the sum of the
     * top level. Missing inputs score 0 and are marked 待填报 or 数据不足, so a card can be shown before it is complete.
     *
     * @throws IllegalArgumentException when the framework does not pass {@link FrameworkValidator}
     */
    public static ScoreCard score(Framework framework, MeasureValues values) {
        List<ValidationError> errors = FrameworkValidator.validate(framework);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("指标体系无效：" + errors);
        }
        MeasureValues withDefined = values.withCatalog(MeasureCatalog.of(framework));
        List<ScoredIndicator> tree = framework.indicators().stream().map(i -> score(i, withDefined)).toList();
        BigDecimal total = sum(tree);
        return new ScoreCard(total, framework.gradeOf(total), tree);
    }

    private static ScoredIndicator score(Indicator indicator, MeasureValues values) {
        if (!indicator.hasChildren()) {
            RuleOutcome outcome = indicator.rule().apply(indicator, values);
            return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), outcome.value(),
                    outcome.score(), outcome.status(), indicator.rule().describe(indicator.weight(), values.catalog()),
                    outcome.explanation(), List.of());
        }
        List<ScoredIndicator> children = indicator.children().stream().map(c -> score(c, values)).toList();
        BigDecimal score = sum(children);
        return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), null, score,
                leastComplete(children), "下级指标得分之和", subtotal(score, indicator.weight(), children), children);
    }

    private static BigDecimal sum(List<ScoredIndicator> indicators) {
        return indicators.stream().map(ScoredIndicator::score).reduce(Numbers.ZERO_POINTS, BigDecimal::add);
    }

    /** 待填报 outranks 数据不足: the department can act on it. */
    private static ScoreStatus leastComplete(List<ScoredIndicator> children) {
        return children.stream().map(ScoredIndicator::status).max(Enum::compareTo).orElseThrow();
    }

    /** 下级指标合计 18.50 分（满分 20 分），其中 2 项待填报、1 项数据不足 */
    private static String subtotal(BigDecimal score, BigDecimal weight, List<ScoredIndicator> children) {
        String subtotal = "下级指标合计 " + Numbers.score(score) + " 分（满分 " + Numbers.plain(weight) + " 分）";
        Map<ScoreStatus, Long> open = children.stream()
                .flatMap(ScoredIndicator::leaves)
                .filter(leaf -> leaf.status() != ScoreStatus.SCORED)
                .collect(Collectors.groupingBy(ScoredIndicator::status, Collectors.counting()));
        if (open.isEmpty()) {
            return subtotal;
        }
        return subtotal + "，其中 " + List.of(ScoreStatus.PENDING_INPUT, ScoreStatus.INSUFFICIENT_DATA).stream()
                .filter(open::containsKey)
                .map(status -> open.get(status) + " 项" + status.label())
                .collect(Collectors.joining("、"));
    }
}
