package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.ProportionalRule.Direction;

class ProportionalRuleTest {

    @ParameterizedTest(name = "{0} {1} {2}% → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # measure                  | direction     | target | weight | value   | score | explanation
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | 95.33   | 9.53  | 支出完成率 95.33%，按比例得分 9.53 分（满分 10 分）
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | 100     | 10.00 | 支出完成率 100.00%，达到目标 100%，得满分 10 分
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | 104.20  | 10.00 | 支出完成率 104.20%，达到目标 100%，得满分 10 分
            EXECUTION_RATE             | HIGHER_BETTER | 90     | 10     | 85.5    | 9.50  | 支出完成率 85.50%，按比例得分 9.50 分（满分 10 分）
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | -3.5    | 0.00  | 支出完成率 -3.50%，按比例得分 0.00 分（满分 10 分）
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | 95.3349 | 9.53  | 支出完成率 95.33%，按比例得分 9.53 分（满分 10 分）
            EXECUTION_RATE             | HIGHER_BETTER | 100    | 10     | 99.996  | 10.00 | 支出完成率 100.00%，达到目标 100%，得满分 10 分
            PROJECT_SPENDING_RATE      | HIGHER_BETTER | 100    | 3      | 33.335  | 1.00  | 项目资金支出率 33.34%，按比例得分 1.00 分（满分 3 分）
            PUBLIC_EXPENSE_CONTROL_RATE | LOWER_BETTER | 100    | 3      | 100.00  | 3.00  | 公用经费控制率 100.00%，不超过 100%，得满分 3 分
            PUBLIC_EXPENSE_CONTROL_RATE | LOWER_BETTER | 100    | 3      | 120     | 2.50  | 公用经费控制率 120.00%，超过 100%，按比例得分 2.50 分（满分 3 分）
            PUBLIC_EXPENSE_CONTROL_RATE | LOWER_BETTER | 100    | 5      | 300     | 1.67  | 公用经费控制率 300.00%，超过 100%，按比例得分 1.67 分（满分 5 分）
            PUBLIC_EXPENSE_CONTROL_RATE | LOWER_BETTER | 100    | 3      | 0       | 3.00  | 公用经费控制率 0.00%，不超过 100%，得满分 3 分
            PUBLIC_EXPENSE_CONTROL_RATE | LOWER_BETTER | 100    | 3      | -12.5   | 3.00  | 公用经费控制率 -12.50%，不超过 100%，得满分 3 分
            CARRY_OVER_RATE            | LOWER_BETTER  | 5      | 4      | 4.67    | 4.00  | 结转结余率 4.67%，不超过 5%，得满分 4 分
            CARRY_OVER_RATE            | LOWER_BETTER  | 5      | 4      | 8       | 2.50  | 结转结余率 8.00%，超过 5%，按比例得分 2.50 分（满分 4 分）
            """)
    void scoresProportionallyCappedAtTheWeight(Measure measure, Direction direction, String target, String weight,
            String value, String score, String explanation) {
        ProportionalRule rule = new ProportionalRule(measure.id(), direction, new BigDecimal(target));

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf(weight, rule), TestFrameworks.rate(measure, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(ScoreStatus.SCORED, outcome.status()),
                () -> assertEquals(Numbers.round(new BigDecimal(value)), outcome.value()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @ParameterizedTest(name = "{0} missing → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXECUTION_RATE          | INSUFFICIENT_DATA | 数据不足：账务数据尚不能算出支出完成率（如无预算或无支出记录）
            FIXED_ASSET_UTILISATION | INSUFFICIENT_DATA | 数据不足：账务数据尚不能算出固定资产利用率（如无预算或无支出记录）
            KEY_TASK_COMPLETION     | PENDING_INPUT     | 待填报：尚未填报重点工作完成率
            SATISFACTION_RATE       | PENDING_INPUT     | 待填报：尚未填报满意度
            """)
    void missingMeasureScoresZeroAndSaysWhoMustAct(Measure measure, ScoreStatus status, String explanation) {
        ProportionalRule rule = new ProportionalRule(measure.id(), Direction.HIGHER_BETTER, new BigDecimal("100"));

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf("10", rule), TestFrameworks.rate(measure, ""));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertNull(outcome.value()),
                () -> assertEquals(explanation, outcome.explanation()));
    }
}
