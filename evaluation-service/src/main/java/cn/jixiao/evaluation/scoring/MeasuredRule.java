package cn.jixiao.evaluation.scoring;

/** A rule that scores one measure: its basis is that measure's name. */
public sealed interface MeasuredRule extends Rule
        permits ProportionalRule, DeductionRule, BandsRule, StepsRule, BetweenRule, CompareRule, CoefficientRule {

    /** The id of the measure scored. */
    String measure();

    @Override
    default String basis(MeasureCatalog catalog) {
        return catalog.info(measure()).label();
    }
}
