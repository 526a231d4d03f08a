package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BetweenRuleTest {

    private static final BetweenRule RULE = new BetweenRule("execution-rate", new BigDecimal("95"),
            new BigDecimal("105"), new BigDecimal("0.5"));

    @ParameterizedTest(name = "{0}% → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | 5.00 | 支出完成率 100.00%，在 95% 至 105% 之间，得满分 5 分
            95     | 5.00 | 支出完成率 95.00%，在 95% 至 105% 之间，得满分 5 分
            105    | 5.00 | 支出完成率 105.00%，在 95% 至 105% 之间，得满分 5 分
            93     | 4.00 | 支出完成率 93.00%，低于 95% 共 2.00 个百分点，扣 1.00 分，得 4.00 分（满分 5 分）
            108.5  | 3.25 | 支出完成率 108.50%，超过 105% 共 3.50 个百分点，扣 1.75 分，得 3.25 分（满分 5 分）
            120    | 0.00 | 支出完成率 120.00%，超过 105% 共 15.00 个百分点，应扣 7.50 分，扣完为止，得 0.00 分（满分 5 分）
            105.004| 5.00 | 支出完成率 105.00%，在 95% 至 105% 之间，得满分 5 分
            """)
    void deductsBelowTheFloorAndAboveTheCeiling(String value, String score, String explanation) {
        RuleOutcome outcome = RULE.apply(TestFrameworks.leaf("5", RULE),
                TestFrameworks.rate(Measure.EXECUTION_RATE, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesBothEnds() {
        assertEquals("支出完成率在 95% 至 105% 之间得满分 5 分，每低于下限或超过上限 1 个百分点扣 0.5 分，扣完为止",
                RULE.describe(new BigDecimal("5"), MeasureCatalog.BUILT_IN));
    }

    @Test
    void refusesACeilingBelowTheFloor() {
        String json = TestFrameworks.edited(TestFrameworks.set("/indicators/0/children/0/rule",
                "{\"kind\":\"between\",\"measure\":\"execution-rate\",\"floor\":95,\"ceiling\":90,\"pointsPerPercent\":1}"));

        assertEquals(java.util.List.of(new ValidationError("indicators[0].children[0].rule.ceiling",
                ValidationError.Code.INVALID_VALUE, "上限 ceiling 不能低于下限 floor")),
                FrameworkDocuments.parse(json).errors());
    }
}
