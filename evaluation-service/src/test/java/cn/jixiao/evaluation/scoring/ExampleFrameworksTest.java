package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.Assessment.Level;

/** The example frameworks shipped beside the default one, validated and scored on a case worked out by hand. */
class ExampleFrameworksTest {

    private static final String INPUT_PROCESS = "department-overall-input-process-output-outcome.json";

    /**
     * Worked case: 编制 20, 实有 21 → 105.00%, 5 over 100 × 0.5 → 2.50; "三公" budget 52,000 against 50,000 → 4.00%,
     * × 0.5 → 3.00 (投入 5.50). Execution 96.50% → 95–100 step 3.00; budget 1,000,000 adjusted to 1,080,000 → 8.00%,
     * (0, 10] step 4.00; 自评 5 and 4.5 (预算执行 16.50). Public expense 101.20% → 10 − 0.6 = 9.40; 结余 37,800 ≤
     * 上年结转 50,000 → 10; no project budget → 10; 1 violation → 8.00 (预算管理 37.40; 过程 53.90). Output targets
     * 75% → 11.25; outcome 100% → 10; satisfaction 88% → 80–90 step 4.00 (效益 14.00). Total 84.65, 良.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                            | output targets | 投入 | 过程  | 产出  | 效益  | total | grade
            worked case                       | 4              | 5.50 | 53.90 | 11.25 | 14.00 | 84.65 | 良
            no output target: 产出 vetoed       | 0              | 5.50 | 53.90 | 0.00  | 14.00 | 73.40 | 中
            """)
    void scoresTheWorkedCase(String name, int outputTargets, String input, String process, String output,
            String outcome, String total, String grade) {
        Framework framework = TestFrameworks.shipped(INPUT_PROCESS);

        ScoreCard card = Scorer.score(framework, workedCase(outputTargets));

        TestFrameworks.assertTopLevel(card, List.of("投入", "过程", "产出", "效益"),
                List.of(input, process, output, outcome), total, grade);
        assertEquals(ScoreStatus.SCORED, card.tree().get(1).status());
    }

    private static MeasureValues workedCase(int outputTargets) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        rates.put(Measure.EXECUTION_RATE, new BigDecimal("96.5"));
        rates.put(Measure.PUBLIC_EXPENSE_CONTROL_RATE, new BigDecimal("101.2"));
        rates.put(Measure.OUTPUT_TARGET_COMPLETION, new BigDecimal("75"));
        rates.put(Measure.OUTCOME_TARGET_COMPLETION, new BigDecimal("100"));
        rates.put(Measure.SATISFACTION_RATE, new BigDecimal("88"));
        Map<Quantity, BigDecimal> quantities = new EnumMap<>(Quantity.class);
        quantities.put(Quantity.AUTHORIZED_STAFF, new BigDecimal("20"));
        quantities.put(Quantity.ACTUAL_STAFF, new BigDecimal("21"));
        quantities.put(Quantity.THREE_PUBLIC_BUDGET, new BigDecimal("52000.00"));
        quantities.put(Quantity.LAST_YEAR_THREE_PUBLIC_BUDGET, new BigDecimal("50000.00"));
        quantities.put(Quantity.INITIAL_BUDGET, new BigDecimal("1000000.00"));
        quantities.put(Quantity.ADJUSTED_BUDGET, new BigDecimal("1080000.00"));
        quantities.put(Quantity.SPENDING, new BigDecimal("1042200.00"));
        quantities.put(Quantity.LAST_YEAR_ADJUSTED_BUDGET, new BigDecimal("900000.00"));
        quantities.put(Quantity.LAST_YEAR_SPENDING, new BigDecimal("850000.00"));
        quantities.put(Quantity.PROJECT_BUDGET, new BigDecimal("0.00"));
        quantities.put(Quantity.OUTPUT_TARGETS, BigDecimal.valueOf(outputTargets));
        quantities.put(Quantity.OUTCOME_TARGETS, new BigDecimal("2"));
        Map<String, Assessment> assessments = Map.of(
                "2.1.3", new Assessment(Level.ACHIEVED, new BigDecimal("5"), null, "无新建楼堂馆所"),
                "2.1.4", new Assessment(Level.ACHIEVED, new BigDecimal("4.5"), null, "概算控制在批复范围内"));
        return new MeasureValues(rates, Map.of(), assessments, quantities, Map.of("2.2.4", 1), Map.of());
    }
}
