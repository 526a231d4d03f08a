package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

class QualitativeRuleTest {

    private static final QualitativeRule RULE = new QualitativeRule();
    private static final Indicator FIVE_POINTS = TestFrameworks.leaf("5", RULE);

    @ParameterizedTest(name = "{0} {1} reviewer {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level         | score | reviewer | counts | explanation
            ACHIEVED        | 4.47  |          | 4.47   | 自评达成，得 4.47 分（满分 5 分）
            ACHIEVED        | 4.00  |          | 4.00   | 自评达成，得 4.00 分（满分 5 分）
            ACHIEVED        | 5     |          | 5.00   | 自评达成，得 5.00 分（满分 5 分）
            PARTLY_ACHIEVED | 2.50  |          | 2.50   | 自评部分达成，得 2.50 分（满分 5 分）
            PARTLY_ACHIEVED | 3.99  |          | 3.99   | 自评部分达成，得 3.99 分（满分 5 分）
            NOT_ACHIEVED    | 0     |          | 0.00   | 自评未达成，得 0.00 分（满分 5 分）
            NOT_ACHIEVED    | 2.49  |          | 2.49   | 自评未达成，得 2.49 分（满分 5 分）
            ACHIEVED        | 4.47  | 3.50     | 3.50   | 自评达成 4.47 分，复核调整为 3.50 分（满分 5 分）
            PARTLY_ACHIEVED | 3.00  | 5        | 5.00   | 自评部分达成 3.00 分，复核调整为 5.00 分（满分 5 分）
            """)
    void scoresTheSelfAssessmentOrTheReviewersScore(Level level, String score, String reviewer, String counts,
            String explanation) {
        Assessment assessment = new Assessment(level, new BigDecimal(score),
                TestFrameworks.blank(reviewer) ? null : new BigDecimal(reviewer), "理由");

        RuleOutcome outcome = RULE.apply(FIVE_POINTS, assessed(assessment));

        assertAll(
                () -> assertEquals(new BigDecimal(counts), outcome.score()),
                () -> assertEquals(ScoreStatus.SCORED, outcome.status()),
                () -> assertNull(outcome.value()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void missingSelfAssessmentIsPendingInput() {
        RuleOutcome outcome = RULE.apply(FIVE_POINTS, new MeasureValues(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), outcome.score()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, outcome.status()),
                () -> assertEquals("待填报：尚未提交自评", outcome.explanation()));
    }

    @ParameterizedTest(name = "{0} {1} reviewer {2} reason \"{3}\" → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # level         | score | reviewer | reason | path          | code          | message
            ACHIEVED        | 3.99  |          | 理由   | score         | LEVEL_RANGE   | “达成”的自评分应在 4 分至 5 分之间（含两端）（满分 5 分），实填 3.99 分
            ACHIEVED        | 5.01  |          | 理由   | score         | LEVEL_RANGE   | “达成”的自评分应在 4 分至 5 分之间（含两端）（满分 5 分），实填 5.01 分
            PARTLY_ACHIEVED | 4.00  |          | 理由   | score         | LEVEL_RANGE   | “部分达成”的自评分应不低于 2.5 分且低于 4 分（满分 5 分），实填 4.00 分
            PARTLY_ACHIEVED | 2.49  |          | 理由   | score         | LEVEL_RANGE   | “部分达成”的自评分应不低于 2.5 分且低于 4 分（满分 5 分），实填 2.49 分
            NOT_ACHIEVED    | 2.50  |          | 理由   | score         | LEVEL_RANGE   | “未达成”的自评分应不低于 0 分且低于 2.5 分（满分 5 分），实填 2.50 分
            NOT_ACHIEVED    | -0.01 |          | 理由   | score         | LEVEL_RANGE   | “未达成”的自评分应不低于 0 分且低于 2.5 分（满分 5 分），实填 -0.01 分
            ACHIEVED        | 4.475 |          | 理由   | score         | INVALID_SCALE | 自评分最多两位小数
            ACHIEVED        |       |          | 理由   | score         | REQUIRED      | 请填写自评分
            ACHIEVED        | 4.50  | 5.5      | 理由   | reviewerScore | OUT_OF_RANGE  | 复核分应在 0 到 5 分之间
            ACHIEVED        | 4.50  | -1       | 理由   | reviewerScore | OUT_OF_RANGE  | 复核分应在 0 到 5 分之间
            ACHIEVED        | 4.50  | 4.125    | 理由   | reviewerScore | INVALID_SCALE | 复核分最多两位小数
            ACHIEVED        | 4.50  |          | ' '    | reason        | REQUIRED      | 请填写自评理由
            """)
    void rejectsAnAssessmentOutsideItsRange(Level level, String score, String reviewer, String reason, String path,
            Code code, String message) {
        Assessment assessment = new Assessment(level, TestFrameworks.blank(score) ? null : new BigDecimal(score),
                TestFrameworks.blank(reviewer) ? null : new BigDecimal(reviewer), reason);

        assertEquals(List.of(new ValidationError(path, code, message)),
                AssessmentValidator.check(FIVE_POINTS, assessment));
    }

    @Test
    void levelIsRequired() {
        List<ValidationError> errors = AssessmentValidator.check(FIVE_POINTS,
                new Assessment(null, new BigDecimal("4.5"), null, "理由"));

        assertEquals(List.of(new ValidationError("level", Code.REQUIRED, "请选择自评等级（达成、部分达成或未达成）")), errors);
    }

    @Test
    void rangesFollowTheWeightOfTheIndicator() {
        Framework framework = FrameworkDocuments.defaultFramework();

        assertTrue(AssessmentValidator.check(framework, "2.4.6",
                new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("0.75"), null, "理由")).isEmpty());
        assertEquals(Code.LEVEL_RANGE, AssessmentValidator.check(framework, "2.4.6",
                new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("1.20"), null, "理由")).get(0).code());
    }

    @Test
    void onlyQualitativeIndicatorsOfTheFrameworkTakeAnAssessment() {
        Framework framework = FrameworkDocuments.defaultFramework();
        Assessment assessment = new Assessment(Level.ACHIEVED, new BigDecimal("9"), null, "理由");

        assertEquals(List.of(new ValidationError("indicatorCode", Code.UNKNOWN_INDICATOR, "指标体系中没有编码为 9.9 的指标")),
                AssessmentValidator.check(framework, "9.9", assessment));
        assertEquals(List.of(new ValidationError("indicatorCode", Code.NOT_QUALITATIVE,
                "指标 2.1.1 支出完成率 不是定性指标，不接受自评分")),
                AssessmentValidator.check(framework, "2.1.1", assessment));
        assertEquals(Code.NOT_QUALITATIVE, AssessmentValidator.check(framework, "2.1", assessment).get(0).code());
    }

    /** A stored assessment that no longer fits, e.g. after the framework was republished with a smaller weight. */
    @Test
    void assessmentThatNoLongerFitsIsPendingInputAgain() {
        Assessment madeForFivePoints = new Assessment(Level.ACHIEVED, new BigDecimal("4.50"), null, "理由");

        RuleOutcome outcome = RULE.apply(TestFrameworks.leaf("3", RULE), assessed(madeForFivePoints));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), outcome.score()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, outcome.status()),
                () -> assertEquals("待填报：自评需重新提交（“达成”的自评分应在 2.4 分至 3 分之间（含两端）（满分 3 分），实填 4.50 分）",
                        outcome.explanation()));
    }

    private static MeasureValues assessed(Assessment assessment) {
        return new MeasureValues(Map.of(), Map.of(), Map.of(FIVE_POINTS.code(), assessment), Map.of(), Map.of(), Map.of());
    }
}
