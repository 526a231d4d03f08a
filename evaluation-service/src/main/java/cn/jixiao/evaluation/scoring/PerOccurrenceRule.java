package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * 每出现一例扣 X 分，扣完为止: the weight minus {@code pointsPerOccurrence} for each occurrence the department (or
 * the bureau, on review) has counted for this indicator, down to 0.
 *
 * @param occurrence what is counted, in Chinese: 不符合要求的采购合同
 */
public record PerOccurrenceRule(String occurrence, BigDecimal pointsPerOccurrence) implements Rule {

    /** Whether the leaf is scored on a count of occurrences: by this rule, or by it as an alternative of a one-of. */
    public static boolean counts(Indicator indicator) {
        return indicator.rule() instanceof PerOccurrenceRule || indicator.rule() instanceof OneOfRule oneOf
                && oneOf.alternatives().stream().anyMatch(a -> a.rule() instanceof PerOccurrenceRule);
    }

    @Override
    public RuleOutcome apply(Indicator indicator, MeasureValues values) {
        return values.occurrences(indicator.code())
                .map(count -> score(count, indicator.weight()))
                .orElseGet(() -> RuleOutcome.pending("待填报：尚未填报" + occurrence + "的例数"));
    }

    private RuleOutcome score(int count, BigDecimal weight) {
        String points = Numbers.plain(weight);
        if (count == 0) {
            return RuleOutcome.scored(null, weight, "未发现" + occurrence + "，得满分 " + points + " 分");
        }
        BigDecimal deduction = pointsPerOccurrence.multiply(BigDecimal.valueOf(count));
        BigDecimal score = weight.subtract(deduction).max(BigDecimal.ZERO);
        String deducted = score.signum() == 0
                ? "应扣 " + Numbers.score(deduction) + " 分，扣完为止"
                : "扣 " + Numbers.score(deduction) + " 分";
        return RuleOutcome.scored(null, score, occurrence + " " + count + " 例，每例扣 " + Numbers.plain(pointsPerOccurrence)
                + " 分，" + deducted + "，得 " + Numbers.score(score) + " 分（满分 " + points + " 分）");
    }

    @Override
    public String describe(BigDecimal weight, MeasureCatalog catalog) {
        return "每出现一例" + occurrence + "扣 " + Numbers.plain(pointsPerOccurrence) + " 分，扣完为止（满分 "
                + Numbers.plain(weight) + " 分）";
    }

    @Override
    public String basis(MeasureCatalog catalog) {
        return occurrence + "例数";
    }

    @Override
    public void validate(String path, BigDecimal weight, MeasureCatalog catalog, ErrorList errors) {
        if (occurrence == null || occurrence.isBlank()) {
            errors.add(path + ".occurrence", Code.REQUIRED, "缺少扣分情形说明 occurrence");
        }
        if (pointsPerOccurrence == null) {
            errors.add(path + ".pointsPerOccurrence", Code.REQUIRED, "缺少每例扣分 pointsPerOccurrence");
        } else if (pointsPerOccurrence.signum() <= 0) {
            errors.add(path + ".pointsPerOccurrence", Code.INVALID_VALUE, "每例扣分必须大于 0");
        }
    }
}
