package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.DeductionRule.Direction;

/** Thresholds that are other figures: this year's 结余 against last year's, both defined as expressions. */
class CompareRuleTest {

    private static final String MEASURES = """
            [ { "id": "carryOver", "name": "年末结余", "unit": "元", "expression": "adjustedBudget - spending" },
              { "id": "lastYearCarryOver", "name": "上年结转", "unit": "元",
                "expression": "lastYearAdjustedBudget - lastYearSpending" } ]""";

    @ParameterizedTest(name = "{0} / {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # this year: budget, spending | last year: budget, spending | direction | score | status            | explanation
            1000.00 | 900.00 | 800.00 | 650.00 | AT_MOST  | 2.00 | SCORED            | 年末结余 100.00元，不超过上年结转 150.00元，得满分 2 分
            1000.00 | 850.00 | 800.00 | 650.00 | AT_MOST  | 2.00 | SCORED            | 年末结余 150.00元，不超过上年结转 150.00元，得满分 2 分
            1000.00 | 849.99 | 800.00 | 650.00 | AT_MOST  | 0.00 | SCORED            | 年末结余 150.01元，超过上年结转 150.00元，得 0.00 分（满分 2 分）
            1000.00 | 900.00 | 800.00 | 650.00 | AT_LEAST | 0.00 | SCORED            | 年末结余 100.00元，低于上年结转 150.00元，得 0.00 分（满分 2 分）
            1000.00 | 900.00 |        |        | AT_MOST  | 0.00 | INSUFFICIENT_DATA | 数据不足：账务数据尚不能算出上年结转（如无预算或无支出记录）
            """)
    void fullMarksWhenTheMeasureMeetsTheOtherFigure(String budget, String spending, String lastBudget,
            String lastSpending, Direction direction, String score, ScoreStatus status, String explanation) {
        CompareRule rule = new CompareRule("carryOver", direction, "lastYearCarryOver");
        String quantities = "adjustedBudget=" + budget + " spending=" + spending
                + (TestFrameworks.blank(lastBudget) ? ""
                        : " lastYearAdjustedBudget=" + lastBudget + " lastYearSpending=" + lastSpending);
        MeasureValues values = MeasureExpressionsTest.values(quantities, "")
                .withCatalog(MeasureExpressionsTest.catalog(MEASURES));

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf("2", rule), values);

        assertAll(
                () -> assertEquals(new BigDecimal(score), outcome.score()),
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @ParameterizedTest(name = "reference {0}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing            | UNKNOWN_MEASURE | 未知的计量指标“nothing”
            monthly-execution  | INVALID_VALUE   | 月末累计执行率只能用于进度节点规则（milestones）
            """)
    void refusesAReferenceThatIsNotASingleMeasure(String reference, ValidationError.Code code, String message) {
        String json = TestFrameworks.edited(TestFrameworks.set("/indicators/0/children/0/rule",
                "{\"kind\":\"compare\",\"measure\":\"execution-rate\",\"direction\":\"at-least\",\"reference\":\""
                        + reference + "\"}"));

        assertEquals(List.of(new ValidationError("indicators[0].children[0].rule.reference", code, message)),
                FrameworkDocuments.parse(json).errors());
    }
}
