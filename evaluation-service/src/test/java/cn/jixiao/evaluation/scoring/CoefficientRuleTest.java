package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.ProportionalRule.Direction;

class CoefficientRuleTest {

    @ParameterizedTest(name = "{0} {1} / {2} adjusted {3}, value {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # direction   | target | adjusted | core  | value | score | explanation
            HIGHER_BETTER | 100    |          | false | 95    | 9.50  | 产出指标完成率 95.00%，对照目标 100%，得分系数 0.9500，得 9.50 分（满分 10 分）
            HIGHER_BETTER | 110    | 100      | false | 95    | 9.50  | 产出指标完成率 95.00%，对照调整后目标 100%（原目标 110%），得分系数 0.9500，得 9.50 分（满分 10 分）
            HIGHER_BETTER | 110    | 100      | true  | 100   | 10.00 | 产出指标完成率 100.00%，对照调整后目标 100%（原目标 110%），得分系数 1.0000，得 10.00 分（满分 10 分）
            HIGHER_BETTER | 90     |          | true  | 60    | 6.67  | 产出指标完成率 60.00%，对照目标 90%，得分系数 0.6667，得 6.67 分（满分 10 分）；核心指标未达到目标
            LOWER_BETTER  | 100    | 120      | false | 125   | 9.60  | 产出指标完成率 125.00%，对照调整后目标 120%（原目标 100%），得分系数 0.9600，得 9.60 分（满分 10 分）
            HIGHER_BETTER | 100    |          | false | -5    | 0.00  | 产出指标完成率 -5.00%，对照目标 100%，得分系数 0.0000，得 0.00 分（满分 10 分）
            """)
    void scoresTheCoefficientAgainstTheTargetInForce(Direction direction, String target, String adjusted,
            boolean core, String value, String score, String explanation) {
        CoefficientRule rule = new CoefficientRule("output-target-completion", direction, new BigDecimal(target),
                TestFrameworks.blank(adjusted) ? null : new BigDecimal(adjusted), core);

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf("10", rule),
                TestFrameworks.rate(Measure.OUTPUT_TARGET_COMPLETION, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    /** 95 points would be 优, but the core indicator missed its target: 良 at best. */
    @ParameterizedTest(name = "core completion {0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 100.00 | 优
            80  | 98.00  | 良
            50  | 95.00  | 良
            0   | 90.00  | 良
            """)
    void aMissedCoreTargetCapsTheGrade(String completion, String total, String grade) {
        Framework framework = TestFrameworks.parseValid("""
                { "id": "core", "version": "1", "name": "核心指标", "mofDivCode": "*", "fiscalYear": 2023,
                  "coreGradeCap": "良",
                  "grades": [ { "grade": "优", "minScore": 90 }, { "grade": "良", "minScore": 80 },
                              { "grade": "中", "minScore": 60 }, { "grade": "差", "minScore": 0 } ],
                  "indicators": [
                    { "code": "1", "name": "核心产出", "weight": 10,
                      "rule": { "kind": "coefficient", "measure": "output-target-completion", "direction": "higher-better",
                                "target": 100, "core": true } },
                    { "code": "2", "name": "其他", "weight": 90,
                      "rule": { "kind": "proportional", "measure": "execution-rate", "direction": "higher-better", "target": 100 } } ] }
                """);
        MeasureValues values = new MeasureValues(Map.of(Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal(completion),
                Measure.EXECUTION_RATE, new BigDecimal("100")), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        ScoreCard card = Scorer.score(framework, values);

        assertAll(
                () -> assertEquals(new BigDecimal(total), card.total()),
                () -> assertEquals(grade, card.grade()));
    }

    @Test
    void refusesACapThatIsNoGrade() {
        String json = TestFrameworks.edited(TestFrameworks.set("/coreGradeCap", "\"甲\""));

        assertEquals(List.of(new ValidationError("coreGradeCap", ValidationError.Code.INVALID_VALUE,
                "核心指标未达标时的最高等级“甲”不是已定义的等级")), FrameworkDocuments.parse(json).errors());
    }

    @Test
    void describesBothTargets() {
        CoefficientRule rule = new CoefficientRule("output-target-completion", Direction.HIGHER_BETTER,
                new BigDecimal("110"), new BigDecimal("100"), true);

        assertEquals("得分系数 = 产出指标完成率 ÷ 目标值（调整后目标 100%（原目标 110%）），不超过 1；得分 = 系数 × 10 分；核心指标",
                rule.describe(BigDecimal.TEN, MeasureCatalog.BUILT_IN));
    }
}
