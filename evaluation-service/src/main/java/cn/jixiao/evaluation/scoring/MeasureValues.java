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
 * @param quantities the named figures measure expressions read
 * @param filteredQuantities the values of the framework's {@link FilteredQuantity filtered quantities}, by name; those
 *            the framework does not declare are not read
 * @param occurrences counted occurrences (例数) for {@link PerOccurrenceRule} indicators, by indicator code
 * @param choices the alternative the agency chose for {@link OneOfRule} indicators, by indicator code
 * @param slots what the agency defined for {@link Slot} indicators, by the slot's code
 * @param catalog the measures rules can name, see {@link #withCatalog}
 * @param names every name expressions can read with its value: quantities, built-in and defined measures
 */
public record MeasureValues(
        Map<Measure, BigDecimal> rates,
        Map<Integer, BigDecimal> monthlyExecution,
        Map<String, Assessment> assessments,
        Map<Quantity, BigDecimal> quantities,
        Map<String, BigDecimal> filteredQuantities,
        Map<String, Integer> occurrences,
        Map<String, String> choices,
        Map<String, SlotDefinition> slots,
        MeasureCatalog catalog,
        Map<String, BigDecimal> names) {

    public MeasureValues {
        rates = withoutNulls(rates);
        monthlyExecution = withoutNulls(monthlyExecution);
        assessments = withoutNulls(assessments);
        quantities = withoutNulls(quantities);
        filteredQuantities = withoutNulls(filteredQuantities);
        occurrences = withoutNulls(occurrences);
        choices = withoutNulls(choices);
        slots = withoutNulls(slots);
        names = catalog.evaluate(rates, quantities, filteredQuantities);
    }

    /** Values for the built-in measures only. */
    public MeasureValues(Map<Measure, BigDecimal> rates, Map<Integer, BigDecimal> monthlyExecution,
            Map<String, Assessment> assessments, Map<Quantity, BigDecimal> quantities,
            Map<String, Integer> occurrences, Map<String, String> choices) {
        this(rates, monthlyExecution, assessments, quantities, occurrences, choices, Map.of());
    }

    /** Values for the built-in measures, with the agency's slot definitions. */
    public MeasureValues(Map<Measure, BigDecimal> rates, Map<Integer, BigDecimal> monthlyExecution,
            Map<String, Assessment> assessments, Map<Quantity, BigDecimal> quantities,
            Map<String, Integer> occurrences, Map<String, String> choices, Map<String, SlotDefinition> slots) {
        this(rates, monthlyExecution, assessments, quantities, Map.of(), occurrences, choices, slots,
                MeasureCatalog.BUILT_IN, Map.of());
    }

    /** The same values with the framework's filtered quantities, whose values depend on the framework. */
    public MeasureValues withFilteredQuantities(Map<String, BigDecimal> values) {
        return new MeasureValues(rates, monthlyExecution, assessments, quantities, values, occurrences, choices,
                slots, catalog, Map.of());
    }

    /** The same values with the measures a framework defines computed from them. */
    MeasureValues withCatalog(MeasureCatalog frameworkCatalog) {
        return new MeasureValues(rates, monthlyExecution, assessments, quantities, filteredQuantities, occurrences,
                choices, slots, frameworkCatalog, Map.of());
    }

    public Optional<BigDecimal> rate(Measure measure) {
        return Optional.ofNullable(rates.get(measure)).map(Numbers::round);
    }

    /** A built-in or defined measure's value, rounded to two decimals. */
    Optional<BigDecimal> rate(String id) {
        return Measure.find(id).map(this::rate).orElseGet(() -> Optional.ofNullable(names.get(id)).map(Numbers::round));
    }

    public Optional<BigDecimal> monthEnd(int month) {
        return Optional.ofNullable(monthlyExecution.get(month)).map(Numbers::round);
    }

    public Optional<Integer> occurrences(String indicatorCode) {
        return Optional.ofNullable(occurrences.get(indicatorCode));
    }

    public Optional<String> choice(String indicatorCode) {
        return Optional.ofNullable(choices.get(indicatorCode));
    }

    public Optional<SlotDefinition> slot(String indicatorCode) {
        return Optional.ofNullable(slots.get(indicatorCode));
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
