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

class BetterOfRuleTest {

    /** 支出完成率 proportionally, or 结转结余率 at most 5% less 1 point per point above. */
    private static final BetterOfRule RULE = new BetterOfRule(List.of(
            new ProportionalRule("execution-rate", ProportionalRule.Direction.HIGHER_BETTER, new BigDecimal("100")),
            new DeductionRule("carry-over-rate", DeductionRule.Direction.AT_MOST, new BigDecimal("5"), BigDecimal.ONE)));

    @ParameterizedTest(name = "execution {0}%, carry-over {1}% → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # execution | carry-over | score | status            | value | explanation
            95.33       | 4.67       | 10.00 | SCORED            | 4.67  | 择优采用结转结余率：结转结余率 4.67%，不超过 5%，得满分 10 分；支出完成率得 9.53 分
            99          | 8          | 9.90  | SCORED            | 99.00 | 择优采用支出完成率：支出完成率 99.00%，按比例得分 9.90 分（满分 10 分）；结转结余率得 7.00 分
            100         | 0          | 10.00 | SCORED            | 100.00 | 择优采用支出完成率：支出完成率 100.00%，达到目标 100%，得满分 10 分；结转结余率得 10.00 分
            95.33       |            | 9.53  | SCORED            | 95.33 | 择优采用支出完成率：支出完成率 95.33%，按比例得分 9.53 分（满分 10 分）；结转结余率数据不足
                        | 3          | 10.00 | SCORED            | 3.00  | 择优采用结转结余率：结转结余率 3.00%，不超过 5%，得满分 10 分；支出完成率数据不足
                        |            | 0.00  | INSUFFICIENT_DATA |       | 择优采用支出完成率：数据不足：账务数据尚不能算出支出完成率（如无预算或无支出记录）；结转结余率数据不足
            """)
    void higherOfTheTwoCounts(String execution, String carryOver, String score, ScoreStatus status, String value,
            String explanation) {
        Map<Measure, BigDecimal> rates = new HashMap<>();
        rates.put(Measure.EXECUTION_RATE, TestFrameworks.blank(execution) ? null : new BigDecimal(execution));
        rates.put(Measure.CARRY_OVER_RATE, TestFrameworks.blank(carryOver) ? null : new BigDecimal(carryOver));

        RuleOutcome outcome = RULE.apply(TestFrameworks.leaf("10", RULE), new MeasureValues(rates, Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(TestFrameworks.blank(value) ? null : new BigDecimal(value), outcome.value()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesBothRules() {
        assertEquals("两项择优：支出完成率达到 100% 得满分 10 分，未达到按支出完成率 ÷ 100% 的比例得分；"
                + "或结转结余率不超过 5% 得满分 10 分，每超 1 个百分点扣 1 分，扣完为止",
                RULE.describe(BigDecimal.TEN, MeasureCatalog.BUILT_IN));
    }
}
