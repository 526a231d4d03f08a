package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 二者择其一: the agency's recorded choice decides which alternative scores, not the better result. */
class OneOfRuleTest {

    private static final OneOfRule RULE = new OneOfRule(List.of(
            new OneOfRule.Alternative("支出完成率", new ProportionalRule("execution-rate",
                    ProportionalRule.Direction.HIGHER_BETTER, new BigDecimal("100"))),
            new OneOfRule.Alternative("结转结余率", new DeductionRule("carry-over-rate",
                    DeductionRule.Direction.AT_MOST, new BigDecimal("5"), BigDecimal.ONE))));

    @ParameterizedTest(name = "choice {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            支出完成率 | 9.20 | SCORED        | 选择考核支出完成率：支出完成率 92.00%，按比例得分 9.20 分（满分 10 分）
            结转结余率 | 7.00 | SCORED        | 选择考核结转结余率：结转结余率 8.00%，超过 5% 共 3.00 个百分点，扣 3.00 分，得 7.00 分（满分 10 分）
                      | 0.00 | PENDING_INPUT | 待填报：尚未选择考核指标（支出完成率或结转结余率）
            预算调整率 | 0.00 | PENDING_INPUT | 待填报：尚未选择考核指标（支出完成率或结转结余率）
            """)
    void scoresTheChosenAlternativeOnly(String choice, String score, ScoreStatus status, String explanation) {
        Indicator leaf = TestFrameworks.leaf("10", RULE);
        Map<String, String> choices = new HashMap<>();
        choices.put(leaf.code(), choice);
        MeasureValues values = new MeasureValues(Map.of(Measure.EXECUTION_RATE, new BigDecimal("92"),
                Measure.CARRY_OVER_RATE, new BigDecimal("8")), Map.of(), Map.of(), Map.of(), Map.of(), choices);

        RuleOutcome outcome = RULE.apply(leaf, values);

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesBothAlternatives() {
        assertEquals("二者择其一：支出完成率（支出完成率达到 100% 得满分 10 分，未达到按支出完成率 ÷ 100% 的比例得分）；"
                + "或结转结余率（结转结余率不超过 5% 得满分 10 分，每超 1 个百分点扣 1 分，扣完为止）",
                RULE.describe(BigDecimal.TEN, MeasureCatalog.BUILT_IN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one alternative  | [{"name":"甲","rule":{"kind":"qualitative"}}]                                              | indicators[0].children[0].rule.alternatives         | 二者择其一须恰好包含两个备选指标
            same name twice  | [{"name":"甲","rule":{"kind":"qualitative"}},{"name":"甲","rule":{"kind":"qualitative"}}] | indicators[0].children[0].rule.alternatives[1].name | 备选指标名称“甲”重复
            nested one-of    | [{"name":"甲","rule":{"kind":"qualitative"}},{"name":"乙","rule":{"kind":"one-of","alternatives":[]}}] | indicators[0].children[0].rule.alternatives[1].rule | 备选指标的评分规则不能再是二者择其一
            """)
    void refusesAnythingButTwoNamedAlternatives(String name, String alternatives, String path, String message) {
        String json = TestFrameworks.edited(TestFrameworks.set("/indicators/0/children/0/rule",
                "{\"kind\":\"one-of\",\"alternatives\":" + alternatives + "}"));

        assertEquals(List.of(new ValidationError(path, ValidationError.Code.ONE_OF, message)),
                FrameworkDocuments.parse(json).errors());
    }
}
