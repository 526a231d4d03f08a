package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A department's scores under one framework.
 *
 * @param total the sum of the top-level scores, two decimals
 * @param grade from the framework's bands, for the total as it is (see {@link Framework#gradeOf})
 * @param tree the top-level indicators with their children
 */
public record ScoreCard(BigDecimal total, String grade, List<ScoredIndicator> tree) {

    public ScoreCard {
        tree = List.copyOf(tree);
    }

    /** The scored indicator with this code, at any level. */
    public Optional<ScoredIndicator> find(String code) {
        return tree.stream().flatMap(ScoreCard::withDescendants).filter(i -> i.code().equals(code)).findFirst();
    }

    private static Stream<ScoredIndicator> withDescendants(ScoredIndicator indicator) {
        return Stream.concat(Stream.of(indicator), indicator.children().stream().flatMap(ScoreCard::withDescendants));
    }
}
