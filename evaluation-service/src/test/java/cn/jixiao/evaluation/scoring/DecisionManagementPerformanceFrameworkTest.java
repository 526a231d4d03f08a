package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;

/**
 * The example framework 部门决策 25 / 综合管理 30 / 部门绩效情况 45 (达州's 得分表), scored on a case worked out by hand.
 *
 * <p>Worked case: adjusted budget 1,136,160.00, of which 540,000.00 paid by the end of June (47.528517 % → 47.53) and
 * 895,000.00 by the end of September (78.774116 % → 78.77); 5 key tasks planned, 4 completed (80 %); satisfaction 85;
 * 6 performance targets: 产出 3 of 4 met (75 %), 效益 2 of 2 (100 %). Every qualitative indicator self-assessed at full
 * marks except 1.1.3 (4.50), 1.2.1 (4.00), 2.7.3 (1.50, 部分达成) and 3.2.2 (3.00, 部分达成).
 */
class DecisionManagementPerformanceFrameworkTest {

    private static final Framework FRAMEWORK =
            TestFrameworks.shipped("department-overall-decision-management-performance.json");

    private static final Map<String, Assessment> BELOW_FULL_MARKS = Map.of(
            "1.1.3", new Assessment(Level.ACHIEVED, new BigDecimal("4.50"), null, "目标与职责基本相符"),
            "1.2.1", new Assessment(Level.ACHIEVED, new BigDecimal("4.00"), null, "个别项目测算依据不足"),
            "2.7.3", new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("1.50"), null, "绩效自评结果未全部公开"),
            "3.2.2", new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("3.00"), null, "创新成果较少"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | expected | by hand
            1.1   | 14.50 | 5 + 5 + 4.50
            1.2   | 9.00  | 4.00 + 5; 绩效目标已设置，不否决
            1     | 23.50 | 14.50 + 9.00
            2.3.1 | 1.75  | 6月末 47.53% 低于 50% 2.47 个百分点 × 0.1 = 0.247 → 1 − 0.247 = 0.753 → 0.75; 9月末 78.77% ≥ 75% → 1
            2.3   | 4.75  | 1.75 + 3
            2.7   | 5.50  | 2 + 2 + 1.50
            2     | 29.25 | 2 + 2 + 4.75 + 2 + 6 + 2 + 5.50 + 5
            3.1.1 | 7.50  | 产出 75.00% ÷ 100，系数 0.7500 × 10
            3.1.2 | 10.00 | 效益 100.00%，系数 1 × 10
            3.2.1 | 4.00  | 重点工作 80.00% ÷ 100 × 5
            3.3.3 | 3.00  | 满意度 85 在 [80, 90) 档
            3     | 38.50 | (7.50 + 10) + (4.00 + 3.00 + 5) + (3 + 3 + 3.00)
            """)
    void scoresEachComputedIndicatorOfTheWorkedCase(String code, String expected, String byHand) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase("75", 6));

        assertEquals(new BigDecimal(expected), card.find(code).orElseThrow().score(), byHand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | output | targets | 部门决策 | 综合管理 | 部门绩效 | total | grade
            worked case: core 产出 missed, 优 capped   | 75     | 6       | 23.50 | 29.25 | 38.50 | 91.25 | 良
            every 产出 target met                     | 100    | 6       | 23.50 | 29.25 | 41.00 | 93.75 | 优
            no target set: 预算编制 vetoed, 履职成效 待填报 |        | 0       | 14.50 | 29.25 | 21.00 | 64.75 | 中
            """)
    void scoresTheWorkedCase(String name, String outputCompletion, int targets, String decision, String management,
            String performance, String total, String grade) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase(outputCompletion, targets));

        TestFrameworks.assertTopLevel(card, List.of("部门决策", "综合管理", "部门绩效情况"),
                List.of(decision, management, performance), total, grade);
    }

    @Test
    void withoutAnyPerformanceTargetBudgetPreparationIsVetoedWhileItsChildrenKeepTheirScores() {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase(null, 0));
        ScoredIndicator preparation = card.find("1.2").orElseThrow();

        assertEquals(new BigDecimal("0.00"), preparation.score());
        assertEquals("一票否决：未设置部门整体绩效目标（目标管理），得 0.00 分（满分 10 分）", preparation.explanation());
        assertEquals(List.of(new BigDecimal("4.00"), new BigDecimal("5.00")),
                preparation.children().stream().map(ScoredIndicator::score).toList());
    }

    /** The worked case; without targets there is no 产出 or 效益 completion at all. */
    private static MeasureValues workedCase(String outputCompletion, int targets) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        rates.put(Measure.KEY_TASK_COMPLETION, new BigDecimal("80"));
        rates.put(Measure.SATISFACTION_RATE, new BigDecimal("85"));
        if (targets > 0) {
            rates.put(Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal(outputCompletion));
            rates.put(Measure.OUTCOME_TARGET_COMPLETION, new BigDecimal("100"));
        }
        Map<Integer, BigDecimal> monthEnds = Map.of(6, new BigDecimal("47.528517"), 9, new BigDecimal("78.774116"));
        Map<Quantity, BigDecimal> quantities = Map.of(Quantity.PERFORMANCE_TARGETS, BigDecimal.valueOf(targets));
        return new MeasureValues(rates, monthEnds, assessments(), quantities, Map.of(), Map.of());
    }

    /** Full marks (达成) on every qualitative indicator but the four below them. */
    private static Map<String, Assessment> assessments() {
        Map<String, Assessment> assessments = new HashMap<>();
        FRAMEWORK.indicators().stream().flatMap(DecisionManagementPerformanceFrameworkTest::leaves)
                .filter(leaf -> leaf.rule() instanceof QualitativeRule)
                .forEach(leaf -> assessments.put(leaf.code(),
                        new Assessment(Level.ACHIEVED, leaf.weight(), null, "已达成")));
        assessments.putAll(BELOW_FULL_MARKS);
        return assessments;
    }

    private static Stream<Indicator> leaves(Indicator indicator) {
        return indicator.hasChildren()
                ? indicator.children().stream().flatMap(DecisionManagementPerformanceFrameworkTest::leaves)
                : Stream.of(indicator);
    }
}
