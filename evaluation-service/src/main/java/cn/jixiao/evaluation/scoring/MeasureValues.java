package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one department's indicators are scored against.
 *
 * <p>Rates are in percent, at whatever precision they were computed; the engine rounds each to two decimals (half up)
 * before scoring it, so that a reader can redo the arithmetic from the figure shown. A measure that cannot be computed
 * (a zero budget) or has not been entered is absent; null values are dropped.
 *
 * @param monthlyExecution cumulative execution rate by month (1–12), only for month-ends that have passed: a month
 *            that is not in the map has no data yet
 * @param assessments the department's qualitative self-assessments, by indicator code
 */
public record MeasureValues(
        Map<Measure, BigDecimal> rates,
        Map<Integer, BigDecimal> monthlyExecution,
        Map<String, Assessment> assessments) {

    public MeasureValues {
        rates = withoutNulls(rates);
        monthlyExecution = withoutNulls(monthlyExecution);
        assessments = withoutNulls(assessments);
    }

    public Optional<BigDecimal> rate(Measure measure) {
        return Optional.ofNullable(rates.get(measure)).map(Numbers::round);
    }

    public Optional<BigDecimal> monthEnd(int month) {
        return Optional.ofNullable(monthlyExecution.get(month)).map(Numbers::round);
    }

    public Optional<Assessment> assessment(String indicatorCode) {
        return Optional.ofNullable(assessments.get(indicatorCode));
    }

    private static <K, V> Map<K, V> withoutNulls(Map<K, V> map) {
        Map<K, V> copy = new HashMap<>();
        if (map != null) {
            map.forEach((key, value) -> {
                if (key != null && value != null) {
                    copy.put(key, value);
                }
            });
        }
        return Map.copyOf(copy);
    }
}
