package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jixiao.evaluation.scoring.Condition.Award;
import cn.jixiao.evaluation.scoring.Condition.Scope;

/** Scores a department's measures and self-assessments under a framework. Pure: no I/O, no state. */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Leaves are scored by their rules (two decimals each); a parent is the sum of its children, which cannot exceed
     * its weight since the framework's weights add up and each leaf is capped at its own; the total is the sum of the
     * top level. Missing inputs score 0 and are marked 待填报 or 数据不足, so a card can be shown before it is complete.
     * A leaf that is not applicable gets full points, or 0 while its parent scales the other children up to its
     * weight; a veto zeroes its indicator or that indicator's parent. A core indicator that misses its target caps
     * the grade at the framework's {@code coreGradeCap}.
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
        BigDecimal total = combine(framework.indicators(), tree, Numbers.HUNDRED, withDefined);
        boolean coreMissed = framework.leaves()
                .anyMatch(leaf -> leaf.rule() instanceof CoefficientRule rule && rule.coreMissed(withDefined));
        return new ScoreCard(total, framework.gradeOf(total, coreMissed), tree);
    }

    private static ScoredIndicator score(Indicator indicator, MeasureValues values) {
        ScoredIndicator scored = indicator.hasChildren() ? parent(indicator, values) : leaf(indicator, values);
        Condition veto = indicator.veto();
        if (veto != null && veto.scope() == Scope.INDICATOR && veto.holds(values)) {
            return zeroed(scored, "一票否决：" + veto.reason() + "，得 0.00 分（满分 " + Numbers.plain(indicator.weight())
                    + " 分）");
        }
        return scored;
    }

    private static ScoredIndicator leaf(Indicator indicator, MeasureValues values) {
        String rule = indicator.slot() != null ? indicator.slot().describe(indicator.weight())
                : indicator.rule().describe(indicator.weight(), values.catalog());
        Condition notApplicable = indicator.notApplicable();
        if (notApplicable != null && notApplicable.holds(values)) {
            boolean full = notApplicable.then() == Award.FULL_POINTS;
            String because = "不适用（" + notApplicable.reason() + "），";
            return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), null,
                    full ? Numbers.round(indicator.weight()) : Numbers.ZERO_POINTS, ScoreStatus.SCORED, rule,
                    full ? because + "得满分 " + Numbers.plain(indicator.weight()) + " 分"
                            : because + "分值按比例分摊给同级指标",
                    List.of());
        }
        if (indicator.slot() != null) {
            return slot(indicator, values, rule);
        }
        RuleOutcome outcome = indicator.rule().apply(indicator, values);
        return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), outcome.value(),
                outcome.score(), outcome.status(), rule, outcome.explanation(), List.of());
    }

    /**
     * A slot whose definition the bureau approved is a parent of the department's indicators ({@code <slot>.D1}, …);
     * before that, or when the approved definition no longer fits the slot, it is an open leaf.
     */
    private static ScoredIndicator slot(Indicator indicator, MeasureValues values, String rule) {
        Optional<SlotDefinition> definition = values.slot(indicator.code());
        Optional<String> open = definition.isEmpty() ? Optional.of("待填报：尚未定义" + indicator.name())
                : switch (definition.get().status()) {
                    case SUBMITTED -> Optional.of("待审核：自定义指标已提交，待财政局审核");
                    case RETURNED -> Optional.of("待填报：自定义指标被财政局退回（" + definition.get().returnReason()
                            + "），请修改后重新提交");
                    case APPROVED -> SlotScoring.check(indicator.slot(), indicator.weight(), definition.get().children())
                            .stream().findFirst().map(error -> "待填报：自定义指标需重新提交（" + error.message() + "）");
                };
        if (open.isPresent()) {
            return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), null,
                    Numbers.ZERO_POINTS, ScoreStatus.PENDING_INPUT, rule, open.get(), List.of());
        }
        List<SlotDefinition.DefinedIndicator> defined = definition.orElseThrow().children();
        List<ScoredIndicator> children = new ArrayList<>();
        for (int i = 0; i < defined.size(); i++) {
            children.add(SlotScoring.score(Slot.childCode(indicator.code(), i + 1), defined.get(i)));
        }
        BigDecimal score = sum(children);
        return new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), null, score,
                leastComplete(children), rule, subtotal(score, indicator.weight(), children), children);
    }

    private static ScoredIndicator parent(Indicator indicator, MeasureValues values) {
        List<ScoredIndicator> children = indicator.children().stream().map(c -> score(c, values)).toList();
        BigDecimal score = combine(indicator.children(), children, indicator.weight(), values);
        ScoredIndicator scored = new ScoredIndicator(indicator.code(), indicator.name(), indicator.weight(), null,
                score, leastComplete(children), "下级指标得分之和", subtotal(score, indicator.weight(), children),
                children);
        Optional<Indicator> vetoing = indicator.children().stream()
                .filter(child -> child.veto() != null && child.veto().scope() == Scope.PARENT)
                .filter(child -> child.veto().holds(values))
                .findFirst();
        return vetoing.map(child -> zeroed(scored, "一票否决：" + child.veto().reason() + "（" + child.name()
                + "），得 0.00 分（满分 " + Numbers.plain(indicator.weight()) + " 分）")).orElse(scored);
    }

    /**
     * The sum of the children's scores; when some are not applicable with their points redistributed, the others'
     * sum scaled from their weights up to {@code weight} (rounded), or full points when none is left.
     */
    private static BigDecimal combine(List<Indicator> indicators, List<ScoredIndicator> scored, BigDecimal weight,
            MeasureValues values) {
        BigDecimal sum = sum(scored);
        BigDecimal measuredWeight = BigDecimal.ZERO;
        boolean redistributed = false;
        for (Indicator indicator : indicators) {
            if (indicator.redistributed(values)) {
                redistributed = true;
            } else {
                measuredWeight = measuredWeight.add(indicator.weight());
            }
        }
        if (!redistributed) {
            return sum;
        }
        if (measuredWeight.signum() == 0) {
            return Numbers.round(weight);
        }
        return sum.multiply(weight).divide(measuredWeight, 2, RoundingMode.HALF_UP);
    }

    private static ScoredIndicator zeroed(ScoredIndicator scored, String explanation) {
        return new ScoredIndicator(scored.code(), scored.name(), scored.weight(), scored.value(), Numbers.ZERO_POINTS,
                scored.status(), scored.rule(), explanation, scored.children());
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
