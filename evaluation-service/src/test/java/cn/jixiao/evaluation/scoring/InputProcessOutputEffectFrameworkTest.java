package cn.jixiao.evaluation.scoring;

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
 * The example framework 投入 15 / 过程 40 / 产出 25 / 效果 20 (岳阳's 自评表), scored on a case worked out by hand.
 *
 * <p>Worked case (元): 编制 10, 实有 9. 年初 budget 1,052,000.00 with 84,160.00 added, adjusted 1,136,160.00; spending
 * 1,108,040.00, so 年末结余 28,120.00. Last year 850,000.00 budgeted and 820,000.00 spent: 上年结转 30,000.00. "三公"
 * budget 52,000.00 against 50,000.00 last year, "三公" control rate 102.00 %, 公用经费 98.875 %, fixed assets in use
 * 95 %, 产出 targets 75 % met, 效益 100 %, key tasks 80 %, satisfaction 85. One 专项 not allocated on time, no
 * irregular use of funds.
 */
class InputProcessOutputEffectFrameworkTest {

    private static final Framework FRAMEWORK =
            TestFrameworks.shipped("department-overall-input-process-output-effect.json");

    private static final Map<String, Assessment> ASSESSMENTS = Map.of(
            "1.1.3", new Assessment(Level.ACHIEVED, new BigDecimal("4.00"), null, "重点项目安排基本到位"),
            "2.2.1", new Assessment(Level.ACHIEVED, new BigDecimal("3.00"), null, "制度健全并执行"),
            "2.2.3", new Assessment(Level.ACHIEVED, new BigDecimal("2.50"), null, "决算公开略迟"),
            "2.2.4", new Assessment(Level.ACHIEVED, new BigDecimal("3.00"), null, "基础数据完整"),
            "2.3.1", new Assessment(Level.ACHIEVED, new BigDecimal("2.00"), null, "资产制度健全"),
            "2.3.2", new Assessment(Level.ACHIEVED, new BigDecimal("2.70"), null, "账实基本相符"),
            "3.1.2", new Assessment(Level.ACHIEVED, new BigDecimal("4.50"), null, "个别任务延迟"),
            "3.1.3", new Assessment(Level.ACHIEVED, new BigDecimal("5.00"), null, "质量达标"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | expected | by hand
            1.1.1 | 5.00  | 9 ÷ 10 = 90.00% ≤ 100%
            1.1.2 | 3.00  | (52,000 − 50,000) ÷ 50,000 = 4.00%，超 0 共 4 个百分点 × 0.5 = 2 → 5 − 2
            1     | 12.00 | 5.00 + 3.00 + 4.00
            2.1.1 | 2.00  | 绝对值(1,136,160 − 1,052,000) ÷ 1,052,000 = 8.00%，在 (0, 10%] 档
            2.1.2 | 2.50  | 1 例 × 0.5 → 3 − 0.5
            2.1.3 | 2.00  | 28,120 ÷ 30,000 = 93.73%，在 (0, 100%] 档：有结余但不超过上年结转
            2.1.4 | 4.00  | 102.00%，超 100% 共 2 个百分点 × 1 → 6 − 2
            2.1   | 10.50 | 2 + 2.50 + 2 + 4.00
            2.2.2 | 3.00  | 0 例
            2.2.5 | 3.00  | 98.875% → 98.88% ≤ 100%
            2.2   | 14.50 | 3 + 3.00 + 2.50 + 3 + 3.00
            2.3.3 | 4.75  | 95.00% ÷ 100 × 5
            2.3   | 9.45  | 2 + 2.70 + 4.75
            2     | 34.45 | 10.50 + 14.50 + 9.45
            3.1.1 | 7.50  | 75.00% ÷ 100 × 10
            3.1.4 | 4.00  | 80.00% ÷ 100 × 5
            3     | 21.00 | 7.50 + 4.50 + 5 + 4.00
            4.1.1 | 10.00 | 100.00%
            4.1.2 | 8.50  | 85 ÷ 100 × 10
            4     | 18.50 | 10.00 + 8.50
            """)
    void scoresEachComputedIndicatorOfTheWorkedCase(String code, String expected, String byHand) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase("52000.00", "1108040.00", 2));

        assertEquals(new BigDecimal(expected), card.find(code).orElseThrow().score(), byHand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                          | 三公 budget | spending   | 效益 targets | 投入  | 过程  | 产出  | 效果  | total | grade
            worked case                                     | 52000.00  | 1108040.00 | 2          | 12.00 | 34.45 | 21.00 | 18.50 | 85.95 | 良
            no "三公" budget: −100% change 5, control n/a 6 | 0.00      | 1108040.00 | 2          | 14.00 | 36.45 | 21.00 | 18.50 | 89.95 | 良
            结余 36,160 above 上年结转 30,000: 120.53%, 0     | 52000.00  | 1100000.00 | 2          | 12.00 | 32.45 | 21.00 | 18.50 | 83.95 | 良
            no 效益 target: 社会效益 vetoed                    | 52000.00  | 1108040.00 | 0          | 12.00 | 34.45 | 21.00 | 8.50  | 75.95 | 中
            """)
    void scoresTheWorkedCase(String name, String threePublicBudget, String spending, int outcomeTargets,
            String input, String process, String output, String effect, String total, String grade) {
        ScoreCard card = Scorer.score(FRAMEWORK, workedCase(threePublicBudget, spending, outcomeTargets));

        TestFrameworks.assertTopLevel(card, List.of("投入", "过程", "产出", "效果"),
                List.of(input, process, output, effect), total, grade);
    }

    @Test
    void withoutAThreePublicBudgetItsControlRateIsNotApplicableAndScoresFullMarks() {
        ScoredIndicator control = Scorer.score(FRAMEWORK, workedCase("0.00", "1108040.00", 2)).find("2.1.4")
                .orElseThrow();

        assertEquals(new BigDecimal("6.00"), control.score());
        assertEquals("不适用（无“三公”经费预算），得满分 6 分", control.explanation());
    }

    /** The worked case; with no "三公" budget there is no control rate, with no 效益 target no completion rate. */
    private static MeasureValues workedCase(String threePublicBudget, String spending, int outcomeTargets) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        if (new BigDecimal(threePublicBudget).signum() != 0) {
            rates.put(Measure.THREE_PUBLIC_CONTROL_RATE, new BigDecimal("102"));
        }
        rates.put(Measure.PUBLIC_EXPENSE_CONTROL_RATE, new BigDecimal("98.875"));
        rates.put(Measure.FIXED_ASSET_UTILISATION, new BigDecimal("95"));
        rates.put(Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal("75"));
        rates.put(Measure.KEY_TASK_COMPLETION, new BigDecimal("80"));
        rates.put(Measure.SATISFACTION_RATE, new BigDecimal("85"));
        if (outcomeTargets > 0) {
            rates.put(Measure.OUTCOME_TARGET_COMPLETION, new BigDecimal("100"));
        }
        Map<Quantity, BigDecimal> quantities = new EnumMap<>(Quantity.class);
        quantities.put(Quantity.AUTHORIZED_STAFF, new BigDecimal("10"));
        quantities.put(Quantity.ACTUAL_STAFF, new BigDecimal("9"));
        quantities.put(Quantity.THREE_PUBLIC_BUDGET, new BigDecimal(threePublicBudget));
        quantities.put(Quantity.LAST_YEAR_THREE_PUBLIC_BUDGET, new BigDecimal("50000.00"));
        quantities.put(Quantity.INITIAL_BUDGET, new BigDecimal("1052000.00"));
        quantities.put(Quantity.ADJUSTED_BUDGET, new BigDecimal("1136160.00"));
        quantities.put(Quantity.SPENDING, new BigDecimal(spending));
        quantities.put(Quantity.LAST_YEAR_ADJUSTED_BUDGET, new BigDecimal("850000.00"));
        quantities.put(Quantity.LAST_YEAR_SPENDING, new BigDecimal("820000.00"));
        quantities.put(Quantity.OUTCOME_TARGETS, BigDecimal.valueOf(outcomeTargets));
        return new MeasureValues(rates, Map.of(), ASSESSMENTS, quantities, Map.of("2.1.2", 1, "2.2.2", 0), Map.of());
    }
}
