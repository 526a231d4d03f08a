package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * One indicator of a score card.
 *
 * @param value the measured rate in percent, two decimals; null for parents, qualitative and milestone indicators and
 *            missing data
 * @param score two decimals; a leaf's is rounded half up, a parent's is the exact sum of its children's
 * @param rule what the rule does, in Chinese
 * @param explanation one line of Chinese: how this score came about
 * @param children empty for leaves
 */
public record ScoredIndicator(
        String code,
        String name,
        BigDecimal weight,
        BigDecimal value,
        BigDecimal score,
        ScoreStatus status,
        String rule,
        String explanation,
        List<ScoredIndicator> children) {

    public ScoredIndicator {
        children = List.copyOf(children);
    }

    /** This indicator when it is a leaf, else the leaves below it. */
    public Stream<ScoredIndicator> leaves() {
        return children.isEmpty() ? Stream.of(this) : children.stream().flatMap(ScoredIndicator::leaves);
    }
}
