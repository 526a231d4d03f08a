package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scored from the department's self-assessment (达成 / 部分达成 / 未达成, each with its range of the weight); a
 * reviewer's adjusted score replaces the department's.
 */
public record QualitativeRule() implements Rule {

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return values.assessment(indicator.code())
                .map(assessment -> score(indicator, assessment))
                .orElseGet(() -> RuleOutcome.pending("待填报：尚未提交自评"));
    }

    /** A stored assessment can stop fitting when the framework is republished with other weights. */
    private static RuleOutcome score(Indicator indicator, Assessment assessment) {
        List<ValidationError> errors = AssessmentValidator.check(indicator, assessment);
        if (!errors.isEmpty()) {
            return RuleOutcome.pending("待填报：自评需重新提交（" + errors.get(0).message() + "）");
        }
        String level = "自评" + assessment.level().label();
        String scored = assessment.reviewerScore() == null
                ? level + "，得 " + Numbers.score(assessment.score()) + " 分"
                : level + " " + Numbers.score(assessment.score()) + " 分，复核调整为 "
                        + Numbers.score(assessment.reviewerScore()) + " 分";
        return RuleOutcome.scored(null, assessment.effectiveScore(),
                scored + "（满分 " + Numbers.plain(indicator.weight()) + " 分）");
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        return "定性自评：达成得满分的 80%–100%，部分达成 50%–80%，未达成 0–50%（满分 " + Numbers.plain(weight) + " 分）";
    }

    @Override
    public String basis(MeasureCatalog catalog) {
        return "自评";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        // nothing to configure
    }
}
