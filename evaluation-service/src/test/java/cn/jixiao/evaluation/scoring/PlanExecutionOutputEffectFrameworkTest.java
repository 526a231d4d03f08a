package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;

/**
 * The example framework 规划 15 / 执行 35 / 产出 25 / 效果 25 (寿县's 自评表), scored on a case worked out by hand.
 *
 * <p>Worked case (元): 年初 budget 1,000,000.00, adjusted 1,080,000.00 of which 80,000.00 carried over from last year
 * (指标来源 上年结转); spending 1,020,000.00 (execution 94.444…%), 486,000.00 of it by 06-30, so 年末结余 60,000.00.
 * Project budget 300,000.00, six performance targets. "三公" control rate 102.00 %, 公用经费 98.875 %, fixed assets in
 * use 95 %, 产出 targets 75 % met, 效益 100 %, key tasks 80 %, satisfaction 85. One irregular use of funds.
 */
class PlanExecutionOutputEffectFrameworkTest {

    private static final Framework FRAMEWORK =
            TestFrameworks.shipped("department-overall-plan-execution-output-effect.json");

    private static final Map<String, Assessment> ASSESSMENTS = Map.of(
            "1.1.1", new Assessment(Level.ACHIEVED, new BigDecimal("3.00"), null, "基础信息真实、完整、准确"),
            "1.2.1", new Assessment(Level.ACHIEVED, new BigDecimal("2.70"), null, "工作计划基本完整"),
            "1.2.2", new Assessment(Level.ACHIEVED, new BigDecimal("3.00"), null, "工作计划可操作"),
            "1.3.1.1", new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("1.50"), null, "项目绩效目标不全"),
            "1.3.1.2", new Assessment(Level.ACHIEVED, new BigDecimal("1.00"), null, "依据充分"),
            "1.3.1.3", new Assessment(Level.ACHIEVED, new BigDecimal("0.80"), null, "个别目标偏低"),
            "1.3.2", new Assessment(Level.PARTLY_ACHIEVED, new BigDecimal("1.50"), null, "部分目标未量化"),
            "2.2.2", new Assessment(Level.ACHIEVED, new BigDecimal("2.70"), null, "制度健全，个别执行不到位"),
            "2.2.3", new Assessment(Level.ACHIEVED, new BigDecimal("3.00"), null, "按时公开"),
            "2.3.1", new Assessment(Level.ACHIEVED, new BigDecimal("3.50"), null, "账实基本相符"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | expected | by hand
            1.1     | 3.00  | 自评 3.00
            1.2     | 5.70  | 2.70 + 3.00
            1.3.1.1 | 1.50  | 有项目预算，按自评；已设置 6 个绩效目标，不否决
            1.3.1   | 3.30  | 1.50 + 1.00 + 0.80
            1.3     | 4.80  | 3.30 + 1.50
            1       | 13.50 | 3.00 + 5.70 + 4.80
            2.1.1 | 5.72  | 1,020,000 ÷ 1,080,000 = 94.44%，低于 95% 共 0.56 个百分点 × 0.5 = 0.28 → 6 − 0.28
            2.1.2 | 2.50  | 486,000 ÷ 1,080,000 = 45.00%，低于 50% 共 5 个百分点 × 0.1 = 0.5 → 3 − 0.5
            2.1.3 | 2.00  | 年末结余 1,080,000 − 1,020,000 = 60,000 ≤ 上年结转 80,000
            2.1.4 | 1.00  | 102.00%，超 100% 共 2 个百分点 × 1 → 3 − 2
            2.1.5 | 3.00  | 98.875% → 98.88% ≤ 100%
            2.1   | 14.22 | 5.72 + 2.50 + 2.00 + 1.00 + 3.00
            2.2.1 | 3.00  | 1 例 × 1 → 4 − 1
            2.2   | 8.70  | 3.00 + 2.70 + 3.00
            2.3.2 | 3.80  | 95.00% ÷ 100 × 4
            2.3   | 7.30  | 3.50 + 3.80
            2     | 30.22 | 14.22 + 8.70 + 7.30
            3.1.1 | 11.25 | 75.00% ÷ 100 × 15
            3.1.2 | 8.00  | 80.00% ÷ 100 × 10
            3     | 19.25 | 11.25 + 8.00
            4.1.1 | 15.00 | 100.00%
            4.2.1 | 8.00  | 85 在 [80, 90) 档
            4     | 23.00 | 15.00 + 8.00
            """)
    void scoresEachComputedIndicatorOfTheWorkedCase(String code, String expected, String byHand) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase("300000.00", "1020000.00", "94.444444", 6));

        assertEquals(new BigDecimal(expected), card.find(code).orElseThrow().score(), byHand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                              | project budget | spending   | execution | targets | 规划  | 执行  | 产出  | 效果  | total | grade
            worked case                                         | 300000.00      | 1020000.00 | 94.444444 | 6       | 13.50 | 30.22 | 19.25 | 23.00 | 85.97 | 良
            no project: 设置年度绩效目标 not applicable, 2 points | 0.00           | 1020000.00 | 94.444444 | 6       | 14.00 | 30.22 | 19.25 | 23.00 | 86.47 | 良
            结余 90,000 above 上年结转 80,000; execution 91.67%   | 300000.00      | 990000.00  | 91.666667 | 6       | 13.50 | 26.84 | 19.25 | 23.00 | 82.59 | 良
            no target set: 年度绩效目标合理性 vetoed, 待填报       | 300000.00      | 1020000.00 | 94.444444 | 0       | 10.20 | 30.22 | 8.00  | 8.00  | 56.42 | 差
            """)
    void scoresTheWorkedCase(String name, String projectBudget, String spending, String executionRate, int targets,
            String plan, String execution, String output, String effect, String total, String grade) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase(projectBudget, spending, executionRate, targets));

        TestFrameworks.assertTopLevel(card, List.of("规划", "执行", "产出", "效果"),
                List.of(plan, execution, output, effect), total, grade);
    }

    /** 结余 90,000 over 80,000 scores 0; 6 − (95 − 91.67) × 0.5 = 4.335 rounds half up to 4.34. */
    @Test
    void aCarryOverAboveLastYearsScoresNothingAndTheExecutionRateLosesHalfAPointPerPoint() {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase("300000.00", "990000.00", "91.666667", 6));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), card.find("2.1.3").orElseThrow().score()),
                () -> assertEquals(new BigDecimal("4.34"), card.find("2.1.1").orElseThrow().score()),
                () -> assertEquals(new BigDecimal("10.84"), card.find("2.1").orElseThrow().score()));
    }

    @Test
    void withoutAProjectBudgetSettingTargetsIsNotApplicableAndScoresFullMarks() {
        ScoredIndicator library = Scorer.score(FRAMEWORK, workedCase("0.00", "1020000.00", "94.444444", 6))
                .find("1.3.1.1").orElseThrow();

        assertAll(
                () -> assertEquals(new BigDecimal("2.00"), library.score()),
                () -> assertEquals("不适用（单位无项目），得满分 2 分", library.explanation()));
    }

    @Test
    void withoutPerformanceTargetsTheWholeReasonablenessEntryScoresNothing() {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase("300000.00", "1020000.00", "94.444444", 0));
        ScoredIndicator reasonableness = card.find("1.3.1").orElseThrow();

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), reasonableness.score()),
                () -> assertEquals("一票否决：未设置绩效目标（设置年度绩效目标），得 0.00 分（满分 4 分）",
                        reasonableness.explanation()),
                () -> assertEquals(new BigDecimal("1.50"), card.find("1.3.1.1").orElseThrow().score()),
                () -> assertEquals(new BigDecimal("1.00"), card.find("1.3.1.2").orElseThrow().score()),
                () -> assertEquals(new BigDecimal("1.50"), card.find("1.3").orElseThrow().score()));
    }

    /** The worked case; without performance targets there is no 产出 or 效益 completion rate either. */
    private static MeasureValues workedCase(String projectBudget, String spending, String executionRate,
            int targets) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        rates.put(Measure.EXECUTION_RATE, new BigDecimal(executionRate));
        rates.put(Measure.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("102"));
        rates.put(Measure.PUBLIC_EXPENSE_CONTROL_RATE, new BigDecimal("98.875"));
        rates.put(Measure.FIXED_ASSET_UTILISATION, new BigDecimal("95"));
        rates.put(Measure.KEY_TASK_COMPLETION, new BigDecimal("80"));
        rates.put(Measure.SATISFACTION_RATE, new BigDecimal("85"));
        if (targets > 0) {
            rates.put(Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal("75"));
            rates.put(Measure.OUTCOME_TARGET_COMPLETION, new BigDecimal("100"));
        }
        Map<Quantity, BigDecimal> quantities = new EnumMap<>(Quantity.class);
        quantities.put(Quantity.INITIAL_BUDGET, new BigDecimal("1000000.00"));
        quantities.put(Quantity.ADJUSTED_BUDGET, new BigDecimal("1080000.00"));
        quantities.put(Quantity.SPENDING, new BigDecimal(spending));
        quantities.put(Quantity.PROJECT_BUDGET, new BigDecimal(projectBudget));
        quantities.put(Quantity.PERFORMANCE_TARGETS, BigDecimal.valueOf(targets));
        return new MeasureValues(rates, Map.of(), ASSESSMENTS, quantities, Map.of("2.2.1", 1), Map.of())
                .withFilteredQuantities(Map.of(
                        "carryOverBudget", new BigDecimal("80000.00"),
                        "spendingByJune", new BigDecimal("486000.00")));
    }
}
