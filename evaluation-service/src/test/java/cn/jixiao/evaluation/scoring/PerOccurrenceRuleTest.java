package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerOccurrenceRuleTest {

    private static final PerOccurrenceRule RULE = new PerOccurrenceRule("不符合要求的采购活动", new BigDecimal("1.5"));

    @ParameterizedTest(name = "{0} occurrences → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 5.00 | SCORED        | 未发现不符合要求的采购活动，得满分 5 分
            1 | 3.50 | SCORED        | 不符合要求的采购活动 1 例，每例扣 1.5 分，扣 1.50 分，得 3.50 分（满分 5 分）
            3 | 0.50 | SCORED        | 不符合要求的采购活动 3 例，每例扣 1.5 分，扣 4.50 分，得 0.50 分（满分 5 分）
            4 | 0.00 | SCORED        | 不符合要求的采购活动 4 例，每例扣 1.5 分，应扣 6.00 分，扣完为止，得 0.00 分（满分 5 分）
              | 0.00 | PENDING_INPUT | 待填报：尚未填报不符合要求的采购活动的例数
            """)
    void deductsPerOccurrenceDownToZero(Integer count, String score, ScoreStatus status, String explanation) {
        Indicator leaf = TestFrameworks.leaf("5", RULE);
        Map<String, Integer> counts = new HashMap<>();
        counts.put(leaf.code(), count);

        RuleOutcome outcome = RULE.apply(leaf, new MeasureValues(Map.of(), Map.of(), Map.of(), Map.of(), counts, Map.of()));

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void describesItAsTheTablePrintsIt() {
        assertEquals("每出现一例不符合要求的采购活动扣 1.5 分，扣完为止（满分 5 分）",
                RULE.describe(new BigDecimal("5"), MeasureCatalog.BUILT_IN));
    }
}
