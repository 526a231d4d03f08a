package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator framework (指标体系) as a finance bureau publishes it for a region and a year: the indicator tree with
 * weights and scoring rules, and the grade bands. {@link FrameworkDocuments#parse(String)} reads and validates one.
 *
 * @param mofDivCode the region (财政区划) it applies to, e.g. 441422, or {@code *} for any region
 * @param source where the framework comes from (the published scoring table's address), free text
 * @param grades from the highest band to the lowest, the lowest starting at 0
 * @param quantities ledger quantities the document declares for its expressions, see {@link FilteredQuantity}
 * @param measures measures the document defines as expressions, see {@link MeasureCatalog}
 * @param coreGradeCap the best grade a department can get when a core indicator ({@link CoefficientRule}) misses its
 *            target; null for no cap
 */
public record Framework(String id, String version, String name, String mofDivCode, Integer fiscalYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        List<GradeBand> grades,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FilteredQuantity> quantities,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MeasureDefinition> measures,
        List<Indicator> indicators,
        @JsonInclude(JsonInclude.Include.NON_NULL) String coreGradeCap) {

    public Framework {
        grades = grades == null ? null : List.copyOf(grades);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        measures = measures == null ? List.of() : List.copyOf(measures);
        indicators = indicators == null ? null : List.copyOf(indicators);
    }

    /** The indicator with this code, at any level. */
    public Optional<Indicator> find(String code) {
        return indicators.stream().flatMap(Framework::withDescendants)
                .filter(indicator -> indicator.code().equals(code))
                .findFirst();
    }

    /**
     * The grade of a total score. The total is compared as it is, never rounded first: scores are rounded once, at the
     * leaves, to two decimals, and parents and the total are exact sums of them, so a total already has two decimals
     * and 89.99 is 良. A total with more decimals (not produced by {@link Scorer}) is not rounded up into a band
     * either: 89.995 is 良.
     */
    public String gradeOf(BigDecimal total) {
        return grades.stream()
                .filter(band -> total.compareTo(band.minScore()) >= 0)
                .findFirst()
                .map(GradeBand::grade)
                .orElseThrow(() -> new IllegalArgumentException("总分 " + total.toPlainString() + " 低于最低等级"));
    }

    /**
     * The grade of a total, no better than {@link #coreGradeCap} when a core indicator missed its target. Grades are
     * listed from the best down, so the worse of two is the later one.
     */
    String gradeOf(BigDecimal total, boolean coreMissed) {
        String grade = gradeOf(total);
        if (!coreMissed || coreGradeCap == null) {
            return grade;
        }
        List<String> names = grades.stream().map(GradeBand::grade).toList();
        return names.indexOf(grade) < names.indexOf(coreGradeCap) ? coreGradeCap : grade;
    }

    /** Whether a leaf counts occurrences (例数), which the department or the bureau enters. */
    public boolean countsOccurrences() {
        return leaves().anyMatch(PerOccurrenceRule::counts);
    }

    /** Whether a leaf is one of two alternatives the agency chooses between. */
    public boolean offersChoices() {
        return leaves().anyMatch(indicator -> indicator.rule() instanceof OneOfRule);
    }

    /** Whether an indicator is a slot the department defines. */
    public boolean hasSlots() {
        return leaves().anyMatch(indicator -> indicator.slot() != null);
    }

    /** Every leaf of the tree. */
    Stream<Indicator> leaves() {
        return indicators.stream().flatMap(Framework::withDescendants).filter(indicator -> !indicator.hasChildren());
    }

    private static Stream<Indicator> withDescendants(Indicator indicator) {
        return Stream.concat(Stream.of(indicator), indicator.children().stream().flatMap(Framework::withDescendants));
    }
}
