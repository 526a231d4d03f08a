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

import cn.jixiao.evaluation.scoring.MilestonesRule.Milestone;

class MilestonesRuleTest {

    /** June 50% (3 points), September 75% (3), November 90% (2), December 95% (2); 0.1 point per missing point. */
    private static final MilestonesRule RULE = new MilestonesRule("monthly-execution", List.of(
            milestone(9, "75", "3"), milestone(6, "50", "3"), milestone(11, "90", "2"), milestone(12, "95", "2")),
            new BigDecimal("0.1"));

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # month-end rates            | score | status            | explanation
            6=52 9=80 11=91 12=96        | 10.00 | SCORED            | 6月末 52.00%，达到 50%，得 3.00 分；9月末 80.00%，达到 75%，得 3.00 分；11月末 91.00%，达到 90%，得 2.00 分；12月末 96.00%，达到 95%，得 2.00 分；合计 10.00 分（满分 10 分）
            6=52 9=70 11=85 12=95.33     | 9.00  | SCORED            | 6月末 52.00%，达到 50%，得 3.00 分；9月末 70.00%，未达到 75%，得 2.50 分；11月末 85.00%，未达到 90%，得 1.50 分；12月末 95.33%，达到 95%，得 2.00 分；合计 9.00 分（满分 10 分）
            6=49.5 9=74.87 11=90 12=101.5 | 9.94 | SCORED            | 6月末 49.50%，未达到 50%，得 2.95 分；9月末 74.87%，未达到 75%，得 2.99 分；11月末 90.00%，达到 90%，得 2.00 分；12月末 101.50%，达到 95%，得 2.00 分；合计 9.94 分（满分 10 分）
            6=10 9=20 11=30 12=40        | 0.00  | SCORED            | 6月末 10.00%，未达到 50%，得 0.00 分；9月末 20.00%，未达到 75%，得 0.00 分；11月末 30.00%，未达到 90%，得 0.00 分；12月末 40.00%，未达到 95%，得 0.00 分；合计 0.00 分（满分 10 分）
            6=52 9=70                    | 5.50  | INSUFFICIENT_DATA | 6月末 52.00%，达到 50%，得 3.00 分；9月末 70.00%，未达到 75%，得 2.50 分；11月末数据不足，得 0 分；12月末数据不足，得 0 分；合计 5.50 分（满分 10 分）
            ''                           | 0.00  | INSUFFICIENT_DATA | 6月末数据不足，得 0 分；9月末数据不足，得 0 分；11月末数据不足，得 0 分；12月末数据不足，得 0 分；合计 0.00 分（满分 10 分）
            """)
    void scoresEachMonthEndAgainstItsTarget(String rates, String score, ScoreStatus status, String explanation) {
        RuleOutcome outcome = RULE.apply(TestFrameworks.leaf("10", RULE), monthly(rates));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesTheMilestonesInMonthOrder() {
        assertEquals("月末累计执行率：6月末达到 50% 得 3 分，9月末达到 75% 得 3 分，11月末达到 90% 得 2 分，12月末达到 95% 得 2 分；"
                + "未达到的每低 1 个百分点扣 0.1 分，扣完该节点分值为止",
                RULE.describe(BigDecimal.TEN, MeasureCatalog.BUILT_IN));
    }

    /** "6=52 9=70" → June 52%, September 70%. */
    private static MeasureValues monthly(String rates) {
        Map<Integer, BigDecimal> byMonth = new HashMap<>();
        for (String entry : rates.trim().split("\\s+")) {
            if (!entry.isEmpty()) {
                String[] monthAndRate = entry.split("=");
                byMonth.put(Integer.valueOf(monthAndRate[0]), new BigDecimal(monthAndRate[1]));
            }
        }
        return new MeasureValues(Map.of(), byMonth, Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static Milestone milestone(int month, String targetRate, String points) {
        return new Milestone(month, new BigDecimal(targetRate), new BigDecimal(points));
    }
}
