package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a leaf indicator is scored; the {@code kind} property of the framework document names the rule. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProportionalRule.class, name = "proportional"),
        @JsonSubTypes.Type(value = DeductionRule.class, name = "deduction"),
        @JsonSubTypes.Type(value = BandsRule.class, name = "bands"),
        @JsonSubTypes.Type(value = QualitativeRule.class, name = "qualitative"),
        @JsonSubTypes.Type(value = MilestonesRule.class, name = "milestones"),
        @JsonSubTypes.Type(value = BetterOfRule.class, name = "better-of"),
        @JsonSubTypes.Type(value = StepsRule.class, name = "steps"),
        @JsonSubTypes.Type(value = BetweenRule.class, name = "between"),
        @JsonSubTypes.Type(value = CompareRule.class, name = "compare"),
        @JsonSubTypes.Type(value = PerOccurrenceRule.class, name = "per-occurrence"),
        @JsonSubTypes.Type(value = CoefficientRule.class, name = "coefficient"),
        @JsonSubTypes.Type(value = OneOfRule.class, name = "one-of") })
public sealed interface Rule
        permits MeasuredRule, QualitativeRule, MilestonesRule, BetterOfRule, PerOccurrenceRule, OneOfRule {

    /**
     * Scores a leaf of a valid framework. The outcome's score has two decimals (half up) and lies within 0 and the
     * indicator's weight.
     */
    RuleOutcome apply(Indicator indicator, MeasureValues values);

    /** What the rule does, in Chinese, for the score table. */
    String describe(BigDecimal weight, MeasureCatalog catalog);

    /** What the score is based on, in Chinese: a measure's name, or 自评. */
    String basis(MeasureCatalog catalog);

    /** Adds this rule's errors, at paths under {@code path}, for a leaf of this weight. */
    void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors);
}
