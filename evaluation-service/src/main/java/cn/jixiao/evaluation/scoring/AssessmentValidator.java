package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.jixiao.evaluation.scoring.Assessment.Level;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/** Checks a self-assessment against the indicator it is for, before it is accepted. */
public final class AssessmentValidator {

    private AssessmentValidator() {
    }

    /**
     * The reasons to refuse this assessment of the indicator with this code; empty when it can be accepted. Paths name
     * the assessment's fields ({@code level}, {@code score}, {@code reviewerScore}, {@code reason}) or
     * {@code indicatorCode}.
     */
    public static List<ValidationError> check(Framework framework, String indicatorCode, Assessment assessment) {
        Optional<Indicator> indicator = framework.find(indicatorCode);
        if (indicator.isEmpty()) {
            return List.of(new ValidationError("indicatorCode", Code.UNKNOWN_INDICATOR,
                    "指标体系中没有编码为 " + indicatorCode + " 的指标"));
        }
        return check(indicator.get(), assessment);
    }

    static List<ValidationError> check(Indicator indicator, Assessment assessment) {
        if (!(indicator.rule() instanceof QualitativeRule)) {
            return List.of(new ValidationError("indicatorCode", Code.NOT_QUALITATIVE, "指标 " + indicator.code() + " "
                    + indicator.name() + " 不是定性指标，不接受自评分"));
        }
        ErrorList errors = new ErrorList();
        BigDecimal weight = indicator.weight();
        if (assessment.level() == null) {
            errors.add("level", Code.REQUIRED, "请选择自评等级（达成、部分达成或未达成）");
        }
        if (assessment.score() == null) {
            errors.add("score", Code.REQUIRED, "请填写自评分");
        } else if (!Numbers.hasAtMostTwoDecimals(assessment.score())) {
            errors.add("score", Code.INVALID_SCALE, "自评分最多两位小数");
        } else if (assessment.level() != null && !assessment.level().admits(assessment.score(), weight)) {
            errors.add("score", Code.LEVEL_RANGE, levelRange(assessment.level(), weight) + "，实填 "
                    + Numbers.score(assessment.score()) + " 分");
        }
        if (assessment.reviewerScore() != null) {
            if (!Numbers.hasAtMostTwoDecimals(assessment.reviewerScore())) {
                errors.add("reviewerScore", Code.INVALID_SCALE, "复核分最多两位小数");
            } else if (assessment.reviewerScore().signum() < 0 || assessment.reviewerScore().compareTo(weight) > 0) {
                errors.add("reviewerScore", Code.OUT_OF_RANGE, "复核分应在 0 到 " + Numbers.plain(weight) + " 分之间");
            }
        }
        if (assessment.reason() == null || assessment.reason().isBlank()) {
            errors.add("reason", Code.REQUIRED, "请填写自评理由");
        }
        return errors.toList();
    }

    private static String levelRange(Level level, BigDecimal weight) {
        String low = Numbers.plain(level.lowest(weight));
        String high = Numbers.plain(level.highest(weight));
        String range = level == Level.ACHIEVED
                ? "在 " + low + " 分至 " + high + " 分之间（含两端）"
                : "不低于 " + low + " 分且低于 " + high + " 分";
        return "“" + level.label() + "”的自评分应" + range + "（满分 " + Numbers.plain(weight) + " 分）";
    }
}
