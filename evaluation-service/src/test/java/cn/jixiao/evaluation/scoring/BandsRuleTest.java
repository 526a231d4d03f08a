package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.BandsRule.Band;

class BandsRuleTest {

    /** Listed out of order on purpose: the highest min reached wins whatever the order. */
    private static final BandsRule SATISFACTION = new BandsRule("satisfaction-rate", List.of(
            band("80", "0.8"), band("90", "1"), band("60", "0.5")));

    @ParameterizedTest(name = "{0}% → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # value | score | explanation
            95      | 4.00  | 满意度 95.00%，达到 90% 档，得满分 4 分
            90      | 4.00  | 满意度 90.00%，达到 90% 档，得满分 4 分
            89.995  | 4.00  | 满意度 90.00%，达到 90% 档，得满分 4 分
            89.99   | 3.20  | 满意度 89.99%，达到 80% 档，得 80% 即 3.20 分（满分 4 分）
            80      | 3.20  | 满意度 80.00%，达到 80% 档，得 80% 即 3.20 分（满分 4 分）
            79.99   | 2.00  | 满意度 79.99%，达到 60% 档，得 50% 即 2.00 分（满分 4 分）
            60.00   | 2.00  | 满意度 60.00%，达到 60% 档，得 50% 即 2.00 分（满分 4 分）
            59.99   | 0.00  | 满意度 59.99%，低于最低档 60%，得 0.00 分（满分 4 分）
            0       | 0.00  | 满意度 0.00%，低于最低档 60%，得 0.00 分（满分 4 分）
            120     | 4.00  | 满意度 120.00%，达到 90% 档，得满分 4 分
            """)
    void highestBandReachedGivesItsFraction(String value, String score, String explanation) {
        RuleOutcome outcome = SATISFACTION.apply(TestFrameworks.leaf("4", SATISFACTION),
                TestFrameworks.rate(Measure.SATISFACTION_RATE, value));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(ScoreStatus.SCORED, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    /** Lower is better expressed with bands: from 0% full marks, from 5% 60%, from 10% nothing. */
    @ParameterizedTest(name = "carry-over {0}% → {1}")
    @CsvSource({ "4.67, 6.00", "5, 3.60", "9.99, 3.60", "10, 0.00", "-3, 0.00" })
    void bandsCanRewardLowValues(String value, String score) {
        BandsRule carryOver = new BandsRule("carry-over-rate", List.of(band("0", "1"), band("5", "0.6"), band("10", "0")));

        RuleOutcome outcome = carryOver.apply(TestFrameworks.leaf("6", carryOver),
                TestFrameworks.rate(Measure.CARRY_OVER_RATE, value));

        assertEquals(new BigDecimal(score), outcome.score());
    }

    @Test
    void describesTheBandsHighestFirst() {
        assertEquals("满意度 ≥ 90% 得满分，≥ 80% 得 80% 分值，≥ 60% 得 50% 分值，低于 60% 不得分（满分 4 分）",
                SATISFACTION.describe(new BigDecimal("4"), MeasureCatalog.BUILT_IN));
    }

    private static Band band(String min, String fraction) {
        return new Band(new BigDecimal(min), new BigDecimal(fraction));
    }
}
