package cn.jixiao.evaluation.scoring;

import static cn.jixiao.evaluation.scoring.TestFrameworks.edited;
import static cn.jixiao.evaluation.scoring.TestFrameworks.set;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.DeductionRule.Direction;

/** Measures a framework document defines as expressions: their validation on PUT and their values. */
class MeasureExpressionsTest {

    private static final String ADJUSTMENT_RATE = """
            { "id": "budgetAdjustmentRate", "name": "预算调整率",
              "expression": "(adjustedBudget - initialBudget) / initialBudget * 100" }""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # expression                        | path                      | code              | message
            foo / spending * 100                | measures[0].expression    | UNKNOWN_QUANTITY  | 表达式“foo / spending * 100”中的“foo”不是已知的数量或计量指标
            spending /                          | measures[0].expression    | EXPRESSION_SYNTAX | 表达式“spending /”有语法错误（第 10 个字符附近）
            spending / (2 - 2)                  | measures[0].expression    | DIVISION_BY_ZERO  | 表达式“spending / (2 - 2)”除以常数 0
            spending / 0 * 100                  | measures[0].expression    | DIVISION_BY_ZERO  | 表达式“spending / 0 * 100”除以常数 0
            other + 1                           | measures[0].expression    | MEASURE_CYCLE     | 计量指标之间循环引用：m → other → m
            2x                                  | measures[0].expression    | EXPRESSION_SYNTAX | 表达式“2x”有语法错误（第 2 个字符附近）
            """)
    void refusesAnExpressionWithThePathAndAChineseMessage(String expression, String path, ValidationError.Code code,
            String message) {
        String json = edited(set("/measures", "[ { \"id\": \"m\", \"name\": \"测试\", \"expression\": \""
                + expression + "\" }, { \"id\": \"other\", \"name\": \"另一项\", \"expression\": \"m * 2\" } ]"));

        List<ValidationError> errors = FrameworkDocuments.parse(json).errors();

        assertEquals(List.of(new ValidationError(path, code, message)), errors);
    }

    @ParameterizedTest(name = "id {0}")
    @CsvSource(delimiter = '|', textBlock = """
            spending           | DUPLICATE_MEASURE | 计量指标标识“spending”已被使用
            executionRate      | DUPLICATE_MEASURE | 计量指标标识“executionRate”已被使用
            execution-rate     | INVALID_VALUE     | 计量指标标识“execution-rate”只能由字母、数字和下划线组成，且不以数字开头
            1st                | INVALID_VALUE     | 计量指标标识“1st”只能由字母、数字和下划线组成，且不以数字开头
            """)
    void refusesAnIdThatIsTakenOrNotAName(String id, ValidationError.Code code, String message) {
        String json = edited(set("/measures", "[ { \"id\": \"" + id + "\", \"name\": \"测试\", \"expression\": \"1\" } ]"));

        assertEquals(List.of(new ValidationError("measures[0].id", code, message)),
                FrameworkDocuments.parse(json).errors());
    }

    @Test
    void aRuleMayNameADefinedMeasureButNotAnUnknownOne() {
        String defined = edited(set("/measures", "[" + ADJUSTMENT_RATE + "]")
                .andThen(set("/indicators/0/children/0/rule/measure", "\"budgetAdjustmentRate\"")));
        String unknown = edited(set("/indicators/0/children/0/rule/measure", "\"budgetAdjustmentRate\""));

        assertAll(
                () -> assertEquals(List.of(), FrameworkDocuments.parse(defined).errors()),
                () -> assertEquals(List.of(new ValidationError("indicators[0].children[0].rule.measure",
                        ValidationError.Code.UNKNOWN_MEASURE, "未知的计量指标“budgetAdjustmentRate”")),
                        FrameworkDocuments.parse(unknown).errors()));
    }

    /** Quantities as {@code name=value} pairs separated by spaces; rates likewise by built-in measure id. */
    @ParameterizedTest(name = "{0} = {1} with {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # expression                                           | quantities                                   | rates                 | value
            (adjustedBudget - initialBudget) / initialBudget * 100 | initialBudget=1000.00 adjustedBudget=1100.00 |                       | 10.00
            (adjustedBudget - initialBudget) / initialBudget * 100 | initialBudget=1500.00 adjustedBudget=1000.00 |                       | -33.33
            (adjustedBudget - initialBudget) / initialBudget * 100 | initialBudget=0.00 adjustedBudget=1000.00    |                       |
            (adjustedBudget - initialBudget) / initialBudget * 100 | adjustedBudget=1000.00                       |                       |
            actualStaff / authorizedStaff * 100                    | actualStaff=102 authorizedStaff=115          |                       | 88.70
            personnelSpending / spending * 100                     | personnelSpending=2 spending=3               |                       | 66.67
            executionRate - 90                                     |                                              | execution-rate=95.333 | 5.33
            """)
    void computesExactlyAndRoundsHalfUpToTwoDecimals(String expression, String quantities, String rates,
            String value) {
        MeasureCatalog catalog = catalog("[ { \"id\": \"m\", \"name\": \"测试\", \"expression\": \"" + expression
                + "\" } ]");

        MeasureValues values = values(quantities, rates).withCatalog(catalog);

        assertEquals(TestFrameworks.blank(value) ? null : new BigDecimal(value), values.rate("m").orElse(null));
    }

    @Test
    void aMeasureMayUseOtherMeasuresDefinedInAnyOrder() {
        MeasureCatalog catalog = catalog("""
                [ { "id": "carryOverChange", "name": "结转结余变动率", "unit": "%",
                    "expression": "(carryOver - lastYearCarryOver) / lastYearCarryOver * 100" },
                  { "id": "carryOver", "name": "本年结转结余", "unit": "元", "expression": "adjustedBudget - spending" },
                  { "id": "lastYearCarryOver", "name": "上年结转结余", "unit": "元",
                    "expression": "lastYearAdjustedBudget - lastYearSpending" } ]""");

        MeasureValues values = values("adjustedBudget=1000.00 spending=880.00 lastYearAdjustedBudget=900.00 "
                + "lastYearSpending=800.00", "").withCatalog(catalog);

        assertAll(
                () -> assertEquals(new BigDecimal("120.00"), values.rate("carryOver").orElseThrow()),
                () -> assertEquals(new BigDecimal("20.00"), values.rate("carryOverChange").orElseThrow()));
    }

    @ParameterizedTest(name = "{0} missing → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            actualStaff / authorizedStaff * 100       | INSUFFICIENT_DATA | 数据不足：账务数据尚不能算出测试（如无预算或无支出记录）
            keyTasksCompleted / keyTasksPlanned * 100 | PENDING_INPUT     | 待填报：尚未填报测试
            """)
    void aMissingQuantityMakesTheMeasureMissingLikeItsSource(String expression, ScoreStatus status,
            String explanation) {
        MeasureCatalog catalog = catalog("[ { \"id\": \"m\", \"name\": \"测试\", \"expression\": \"" + expression
                + "\" } ]");
        DeductionRule rule = new DeductionRule("m", Direction.AT_LEAST, new BigDecimal("95"), BigDecimal.ONE);

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf("5", rule), values("", "").withCatalog(catalog));

        assertAll(
                () -> assertEquals(status, outcome.status()),
                () -> assertEquals(explanation, outcome.explanation()));
    }

    @Test
    void explanationsWriteTheDefinedUnit() {
        MeasureCatalog catalog = catalog("""
                [ { "id": "carryOver", "name": "结转结余", "unit": "元", "expression": "adjustedBudget - spending" } ]""");
        ProportionalRule rule = new ProportionalRule("carryOver", ProportionalRule.Direction.LOWER_BETTER,
                new BigDecimal("100"));

        RuleOutcome outcome = rule.apply(TestFrameworks.leaf("2", rule),
                values("adjustedBudget=1000.00 spending=800.00", "").withCatalog(catalog));

        assertEquals("结转结余 200.00元，超过 100%，按比例得分 1.00 分（满分 2 分）", outcome.explanation());
    }

    static MeasureCatalog catalog(String measures) {
        Framework framework = TestFrameworks.parseValid(edited(set("/measures", measures)));
        return MeasureCatalog.of(framework);
    }

    static MeasureValues values(String quantities, String rates) {
        Map<Quantity, BigDecimal> byQuantity = new EnumMap<>(Quantity.class);
        pairs(quantities).forEach((name, value) -> byQuantity.put(Quantity.find(name).orElseThrow(), value));
        Map<Measure, BigDecimal> byMeasure = new EnumMap<>(Measure.class);
        pairs(rates).forEach((id, value) -> byMeasure.put(Measure.find(id).orElseThrow(), value));
        return new MeasureValues(byMeasure, Map.of(), Map.of(), byQuantity, Map.of(), Map.of());
    }

    private static Map<String, BigDecimal> pairs(String text) {
        if (TestFrameworks.blank(text)) {
            return Map.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).map(pair -> pair.split("="))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> new BigDecimal(pair[1])));
    }
}
