package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.DeductionRule.Direction;

class DeductionRuleTest {

    @ParameterizedTest(name = "{0} {1} {2}%, {4}/pt, value {5}% → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # measure                | direction | threshold | weight | per point | value | score | explanation
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | 96    | 10.00 | 支出完成率 96.00%，不低于 95%，得满分 10 分
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | 95.00 | 10.00 | 支出完成率 95.00%，不低于 95%，得满分 10 分
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | 90    | 7.50  | 支出完成率 90.00%，低于 95% 共 5.00 个百分点，扣 2.50 分，得 7.50 分（满分 10 分）
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | 94.67 | 9.84  | 支出完成率 94.67%，低于 95% 共 0.33 个百分点，扣 0.16 分，得 9.84 分（满分 10 分）
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | 75    | 0.00  | 支出完成率 75.00%，低于 95% 共 20.00 个百分点，应扣 10.00 分，扣完为止，得 0.00 分（满分 10 分）
            EXECUTION_RATE           | AT_LEAST  | 95        | 10     | 0.5       | -20   | 0.00  | 支出完成率 -20.00%，低于 95% 共 115.00 个百分点，应扣 57.50 分，扣完为止，得 0.00 分（满分 10 分）
            THREE_PUBLIC_CONTROL_RATE | AT_MOST  | 100       | 3      | 0.1       | 100   | 3.00  | “三公”经费控制率 100.00%，不超过 100%，得满分 3 分
            THREE_PUBLIC_CONTROL_RATE | AT_MOST  | 100       | 3      | 0.1       | 112.5 | 1.75  | “三公”经费控制率 112.50%，超过 100% 共 12.50 个百分点，扣 1.25 分，得 1.75 分（满分 3 分）
            THREE_PUBLIC_CONTROL_RATE | AT_MOST  | 100       | 3      | 0.1       | 180   | 0.00  | “三公”经费控制率 180.00%，超过 100% 共 80.00 个百分点，应扣 8.00 分，扣完为止，得 0.00 分（满分 3 分）
            THREE_PUBLIC_CHANGE_RATE | AT_MOST   | 0         | 5      | 1         | -8.2  | 5.00  | “三公”经费变动率 -8.20%，不超过 0%，得满分 5 分
            THREE_PUBLIC_CHANGE_RATE | AT_MOST   | 0         | 5      | 1         | 2.5   | 2.50  | “三公”经费变动率 2.50%，超过 0% 共 2.50 个百分点，扣 2.50 分，得 2.50 分（满分 5 分）
            """)
    void deductsPerPercentagePointDownToZero(Measure measure, Direction direction, String threshold, String weight,
            String perPoint, String value, String score, String explanation) {
        DeductionRule rule = new DeductionRule(measure.id(), direction, new BigDecimal(threshold),
                new BigDecimal(perPoint));

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf(weight, rule), TestFrameworks.rate(measure, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(ScoreStatus.SCORED, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesTheRuleInChinese() {
        DeductionRule rule = new DeductionRule("three-public-control-rate", Direction.AT_MOST, new BigDecimal("100"),
                new BigDecimal("0.1"));

        assertEquals("“三公”经费控制率不超过 100% 得满分 3 分，每超 1 个百分点扣 0.1 分，扣完为止",
                rule.describe(new BigDecimal("3"), MeasureCatalog.BUILT_IN));
    }
}
