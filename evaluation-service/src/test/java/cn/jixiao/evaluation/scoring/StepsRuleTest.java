package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.json.JsonMapper;

class StepsRuleTest {

    /** 预算控制率 as one published table prints it: =0 计5分；0-10%(含) 4分；10-20%(含) 3分；20-30%(含) 2分；大于30%不得分. */
    private static final StepsRule CONTROL = new StepsRule("three-public-change-rate", List.of(
            step("0", true, "0", true, "5"),
            step("0", false, "10", true, "4"),
            step("10", false, "20", true, "3"),
            step("20", false, "30", true, "2"),
            step("30", false, null, null, "0")));

    /** Half-point steps with the lower edge inside: ≥95 3分，90(含)-95 2.5分，85(含)-90 1.5分. */
    private static final StepsRule HALVES = new StepsRule("satisfaction-rate", List.of(
            step("95", true, null, null, "3"),
            step("90", true, "95", false, "2.5"),
            step("85", true, "90", false, "1.5")));

    @ParameterizedTest(name = "{0} {1}% → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTROL | 0     | 5.00 | “三公”经费变动率 0.00%，属于 “三公”经费变动率 = 0% 档，得满分 5 分
            CONTROL | 0.01  | 4.00 | “三公”经费变动率 0.01%，属于 0% < “三公”经费变动率 ≤ 10% 档，得 4.00 分（满分 5 分）
            CONTROL | 10    | 4.00 | “三公”经费变动率 10.00%，属于 0% < “三公”经费变动率 ≤ 10% 档，得 4.00 分（满分 5 分）
            CONTROL | 10.01 | 3.00 | “三公”经费变动率 10.01%，属于 10% < “三公”经费变动率 ≤ 20% 档，得 3.00 分（满分 5 分）
            CONTROL | 30    | 2.00 | “三公”经费变动率 30.00%，属于 20% < “三公”经费变动率 ≤ 30% 档，得 2.00 分（满分 5 分）
            CONTROL | 30.004| 2.00 | “三公”经费变动率 30.00%，属于 20% < “三公”经费变动率 ≤ 30% 档，得 2.00 分（满分 5 分）
            CONTROL | 30.01 | 0.00 | “三公”经费变动率 30.01%，属于 30% < “三公”经费变动率 档，得 0.00 分（满分 5 分）
            CONTROL | -5    | 0.00 | “三公”经费变动率 -5.00%，不在评分表任何一档内，得 0.00 分（满分 5 分）
            HALVES  | 95    | 3.00 | 满意度 95.00%，属于 95% ≤ 满意度 档，得满分 3 分
            HALVES  | 94.99 | 2.50 | 满意度 94.99%，属于 90% ≤ 满意度 < 95% 档，得 2.50 分（满分 3 分）
            HALVES  | 90    | 2.50 | 满意度 90.00%，属于 90% ≤ 满意度 < 95% 档，得 2.50 分（满分 3 分）
            HALVES  | 89.995| 2.50 | 满意度 90.00%，属于 90% ≤ 满意度 < 95% 档，得 2.50 分（满分 3 分）
            HALVES  | 85    | 1.50 | 满意度 85.00%，属于 85% ≤ 满意度 < 90% 档，得 1.50 分（满分 3 分）
            HALVES  | 84.99 | 0.00 | 满意度 84.99%，不在评分表任何一档内，得 0.00 分（满分 3 分）
            """)
    void scoresTheStepTheRoundedValueFallsIn(String table, String value, String score, String explanation) {
        StepsRule rule = "CONTROL".equals(table) ? CONTROL : HALVES;
        String weight = "CONTROL".equals(table) ? "5" : "3";
        Measure measure = Measure.find(rule.measure()).orElseThrow();

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf(weight, rule), TestFrameworks.rate(measure, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesTheTableInChinese() {
        assertEquals("95% ≤ 满意度 得 3 分，90% ≤ 满意度 < 95% 得 2.5 分，85% ≤ 满意度 < 90% 得 1.5 分，其余不得分（满分 3 分）",
                HALVES.describe(new BigDecimal("3"), MeasureCatalog.BUILT_IN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            overlapping edge   | [{"min":90,"minInclusive":true,"points":3},{"min":80,"minInclusive":true,"max":90,"maxInclusive":true,"points":2}] | indicators[0].children[0].rule.steps[1]              | STEPS    | 第 2 档与第 1 档有重叠
            edge not stated    | [{"min":90,"points":3}]                                                                                          | indicators[0].children[0].rule.steps[0].minInclusive | REQUIRED | 请按评分表注明下限是否包含在本档内 minInclusive
            no end             | [{"points":3}]                                                                                                   | indicators[0].children[0].rule.steps[0]              | STEPS    | 每档至少要有下限 min 或上限 max
            empty range        | [{"min":90,"minInclusive":true,"max":90,"maxInclusive":false,"points":3}]                                        | indicators[0].children[0].rule.steps[0]              | STEPS    | 本档为空：下限应低于上限（相等时两端都须包含）
            points over weight | [{"min":90,"minInclusive":true,"points":41}]                                                                     | indicators[0].children[0].rule.steps[0].points       | STEPS    | 本档得分应在 0 到指标分值之间
            no steps           | []                                                                                                               | indicators[0].children[0].rule.steps                 | STEPS    | 分档表至少需要一档
            """)
    void refusesATableThatIsNotAsPrinted(String name, String steps, String path, ValidationError.Code code,
            String message) {
        String json = TestFrameworks.edited(TestFrameworks.set("/indicators/0/children/0/rule",
                "{\"kind\":\"steps\",\"measure\":\"execution-rate\",\"steps\":" + steps + "}"));

        assertEquals(List.of(new ValidationError(path, code, message)), FrameworkDocuments.parse(json).errors());
    }

    @Test
    void readsFromTheDocument() throws Exception {
        String json = """
                {"kind":"steps","measure":"execution-rate","steps":[{"min":0,"minInclusive":false,"max":10,"maxInclusive":true,"points":4}]}""";

        assertEquals(new StepsRule("execution-rate", List.of(step("0", false, "10", true, "4"))),
                JsonMapper.builder().build().readValue(json, Rule.class));
    }

    private static StepsRule.Step step(String min, Boolean minInclusive, String max, Boolean maxInclusive,
            String points) {
        return new StepsRule.Step(min == null ? null : new BigDecimal(min), minInclusive,
                max == null ? null : new BigDecimal(max), maxInclusive, new BigDecimal(points));
    }
}
