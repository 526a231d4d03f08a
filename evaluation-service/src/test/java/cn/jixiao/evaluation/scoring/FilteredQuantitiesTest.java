package cn.jixiao.evaluation.scoring;

import static cn.jixiao.evaluation.scoring.TestFrameworks.edited;
import static cn.jixiao.evaluation.scoring.TestFrameworks.set;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.scoring.LedgerFact.Flow;

/** Ledger quantities a framework declares with filters: their sums, their validation, and the issue's measures. */
class FilteredQuantitiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * An agency's 2023 and 2022 facts. 2023 budget: 年初 personnel 500,000.00 plus an 追加 of 20,000.00 on it; 年初
     * running 60,000.00 less a 调减 of 3,000.00 (which keeps its original's codes); a project carried over from 2022
     * (上年结转) 80,000.00 and one paid by a transfer (上级转移支付) 40,000.00. Spending by month of payment date, with
     * the source of the line paid from.
     */
    private static final List<LedgerFact> FACTS = List.of(
            budget(2023, true, "personnel", "1", "30101", "2070801", "", "500000.00"),
            budget(2023, false, "personnel", "2", "30101", "2070801", "", "20000.00"),
            budget(2023, true, "running", "1", "30201", "2070801", "", "60000.00"),
            budget(2023, false, "running", "2", "30201", "2070801", "", "-3000.00"),
            budget(2023, false, "project", "3", "30213", "2070808", "P1", "80000.00"),
            budget(2023, false, "project", "4", "31002", "2130101", "P2", "40000.00"),
            spending(2023, "personnel", "1", "30101", "2070801", "", 3, "250000.00"),
            spending(2023, "personnel", "1", "30101", "2070801", "", 9, "240000.00"),
            spending(2023, "running", "1", "30201", "2070801", "", 6, "30000.00"),
            spending(2023, "running", "1", "30201", "2070801", "", 7, "25000.00"),
            spending(2023, "project", "3", "30213", "2070808", "P1", 6, "50000.00"),
            spending(2023, "project", "4", "31002", "2130101", "P2", 12, "39000.00"),
            budget(2022, true, "personnel", "1", "30101", "2070801", "", "450000.00"),
            spending(2022, "personnel", "1", "30101", "2070801", "", 12, "430000.00"));

    private static final LocalDate AFTER_THE_YEAR = LocalDate.of(2024, 1, 15);

    /** Declares quantities and defines the issue's four measures and four more (the integration test's framework). */
    private static final Framework FRAMEWORK = TestFrameworks.parseValid(resource("filtered-quantities-framework.json"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # declaration (besides the name)                                  | sum, hand-computed
            "of": "budget"                                                     | 697000.00
            "of": "initial-budget"                                             | 560000.00
            "of": "spending"                                                   | 634000.00
            "of": "budget", "source": "年初"                                   | 560000.00
            "of": "budget", "source": "追加调减"                               | 17000.00
            "of": "budget", "source": "上年结转"                               | 80000.00
            "of": "budget", "source": "上级转移支付"                           | 40000.00
            "of": "budget", "kind": "personnel"                                | 520000.00
            "of": "budget", "kind": "running"                                  | 57000.00
            "of": "spending", "kind": "project"                                | 89000.00
            "of": "spending", "source": "年初"                                 | 545000.00
            "of": "spending", "source": "上年结转"                             | 50000.00
            "of": "spending", "source": "追加调减"                             | 0
            "of": "spending", "source": "上级转移支付", "until": "06-30"       | 0
            "of": "budget", "economicClass": "302"                             | 137000.00
            "of": "budget", "economicClass": "30201"                           | 57000.00
            "of": "spending", "economicClass": "310"                           | 39000.00
            "of": "budget", "functionClass": "207"                             | 657000.00
            "of": "budget", "functionClass": "2070808"                         | 80000.00
            "of": "spending", "functionClass": "213"                           | 39000.00
            "of": "budget", "project": "P1"                                    | 80000.00
            "of": "spending", "project": "P1"                                  | 50000.00
            "of": "spending", "project": "P9"                                  | 0
            "of": "spending", "until": "06-30"                                 | 330000.00
            "of": "spending", "from": "07-01", "until": "09-30"                | 265000.00
            "of": "spending", "from": "10-01"                                  | 39000.00
            "of": "spending", "economicClass": "302", "until": "06-30"         | 80000.00
            "of": "spending", "kind": "running", "from": "07-01"               | 25000.00
            "of": "budget", "kind": "project", "source": "上年结转", "functionClass": "207" | 80000.00
            "of": "budget", "kind": "project", "source": "上级转移支付", "functionClass": "207" | 0
            "of": "initial-budget", "kind": "running"                          | 60000.00
            "of": "budget", "year": "previous"                                 | 450000.00
            "of": "spending", "year": "previous", "until": "06-30"             | 0
            "of": "spending", "year": "previous"                               | 430000.00
            """)
    void sumsTheFactsThatPassEveryFilter(String declaration, BigDecimal expected) {
        FilteredQuantity quantity = declared(declaration);

        assertEquals(0, expected.compareTo(quantity.value(FACTS, Set.of(2022, 2023), 2023, AFTER_THE_YEAR)
                .orElseThrow()), () -> "sum of " + declaration);
    }

    @Test
    void isAbsentWithoutLedgerDataForItsYearOrBeforeItsCutOffHasPassed() {
        FilteredQuantity lastYear = declared("\"of\": \"budget\", \"year\": \"previous\"");
        FilteredQuantity byJune = declared("\"of\": \"spending\", \"until\": \"06-30\"");
        FilteredQuantity spending = declared("\"of\": \"spending\"");

        assertAll(
                () -> assertEquals(Optional.empty(), lastYear.value(FACTS, Set.of(2023), 2023, AFTER_THE_YEAR)),
                () -> assertEquals(Optional.empty(),
                        byJune.value(FACTS, Set.of(2023), 2023, LocalDate.of(2023, 6, 30))),
                () -> assertEquals(new BigDecimal("330000.00"),
                        byJune.value(FACTS, Set.of(2023), 2023, LocalDate.of(2023, 7, 1)).orElseThrow()),
                () -> assertEquals(new BigDecimal("634000.00"),
                        spending.value(FACTS, Set.of(2023), 2023, LocalDate.of(2023, 6, 30)).orElseThrow()));
    }

    /** Quantities and filtered quantities as {@code name=value} pairs; a blank value means absent. */
    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # measure            | quantities                                                  | value
            budgetAdjustmentRate | initialBudget=560000.00 adjustedBudget=697000.00            | 24.46
            budgetAdjustmentRate | initialBudget=400.00 adjustedBudget=400.02                  | 0.01
            budgetAdjustmentRate | initialBudget=0.00 adjustedBudget=400.02                    |
            carryOverChangeRate  | adjustedBudget=697000.00 spending=634000.00 carryOverBudget=80000.00 | -21.25
            carryOverChangeRate  | adjustedBudget=299.99 spending=200.00 carryOverBudget=200.00 | -50.01
            carryOverChangeRate  | adjustedBudget=1000.00 spending=900.00 carryOverBudget=0.00 |
            staffControlRate     | actualStaff=102 authorizedStaff=115                         | 88.70
            staffControlRate     | actualStaff=1 authorizedStaff=32                            | 3.13
            staffControlRate     | actualStaff=102                                             |
            paymentProgressJune  | adjustedBudget=697000.00 spendingByJune=330000.00           | 47.35
            paymentProgressJune  | adjustedBudget=800.00 spendingByJune=400.04                 | 50.01
            paymentProgressJune  | adjustedBudget=800.00                                       |
            """)
    void theIssuesFourMeasuresRoundHalfUpToTwoDecimals(String measure, String quantities, String value) {
        MeasureCatalog catalog = MeasureCatalog.of(FRAMEWORK);

        MeasureValues values = values(quantities).withCatalog(catalog);

        assertEquals(TestFrameworks.blank(value) ? null : new BigDecimal(value), values.rate(measure).orElse(null));
    }

    @Test
    void theFourMeasuresFromTheFactsAsScoringComputesThem() {
        Framework framework = FRAMEWORK;
        Map<String, BigDecimal> filtered = new HashMap<>();
        framework.quantities().forEach(quantity -> quantity.value(FACTS, Set.of(2022, 2023), 2023, AFTER_THE_YEAR)
                .ifPresent(sum -> filtered.put(quantity.name(), sum)));

        MeasureValues values = values("initialBudget=560000.00 adjustedBudget=697000.00 spending=634000.00 "
                + "actualStaff=14 authorizedStaff=15").withFilteredQuantities(filtered)
                .withCatalog(MeasureCatalog.of(framework));

        // (697,000 − 560,000) ÷ 560,000 = 24.4642…%; (63,000 − 80,000) ÷ 80,000 = −21.25%; 14 ÷ 15 = 93.333…%;
        // 330,000 ÷ 697,000 = 47.3457…%
        assertAll(
                () -> assertEquals(new BigDecimal("24.46"), values.rate("budgetAdjustmentRate").orElseThrow()),
                () -> assertEquals(new BigDecimal("-21.25"), values.rate("carryOverChangeRate").orElseThrow()),
                () -> assertEquals(new BigDecimal("93.33"), values.rate("staffControlRate").orElseThrow()),
                () -> assertEquals(new BigDecimal("47.35"), values.rate("paymentProgressJune").orElseThrow()));
    }

    @Test
    void aQuantityTheFrameworkDoesNotDeclareIsNotRead() {
        MeasureCatalog catalog = MeasureCatalog.of(FRAMEWORK);

        MeasureValues values = values("adjustedBudget=800.00")
                .withFilteredQuantities(Map.of("spendingByJune", new BigDecimal("400.00"),
                        "undeclared", BigDecimal.ONE))
                .withCatalog(catalog);

        assertAll(
                () -> assertEquals(new BigDecimal("50.00"), values.rate("paymentProgressJune").orElseThrow()),
                () -> assertEquals(null, values.names().get("undeclared")));
    }

    /** The quantities (a JSON array) and the expression of one measure that reads them. */
    @ParameterizedTest(name = "{0} read by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # quantities                                                                  | expression  | path                      | code                  | message
            [ { "name": "q", "of": "budget", "category": "项目" } ]                        | q           | quantities[0].category    | UNKNOWN_FIELD         | 未知字段“category”
            [ { "name": "q", "of": "budgets" } ]                                           | q           | quantities[0].of          | INVALID_VALUE         | 取值“budgets”无效（可选 budget、initial-budget、spending）
            [ { "name": "q", "of": "budget", "source": "结转" } ]                          | q           | quantities[0].source      | INVALID_VALUE         | 取值“结转”无效（可选 年初、追加调减、上年结转、上级转移支付）
            [ { "name": "q", "of": "budget", "kind": "basic" } ]                           | q           | quantities[0].kind        | INVALID_VALUE         | 取值“basic”无效（可选 personnel、running、project）
            [ { "name": "q", "of": "budget", "year": "last" } ]                            | q           | quantities[0].year        | INVALID_VALUE         | 取值“last”无效（可选 current、previous）
            [ { "name": "q" } ]                                                            | q           | quantities[0].of          | REQUIRED              | 缺少数量类别 of（可选 budget、initial-budget、spending）
            [ { "of": "budget" } ]                                                         | spending    | quantities[0].name        | REQUIRED              | 缺少数量名称 name
            [ { "name": "1q", "of": "budget" } ]                                           | spending    | quantities[0].name        | INVALID_VALUE         | 数量名称“1q”只能由字母、数字和下划线组成，且不以数字开头
            [ { "name": "q", "of": "budget", "economicClass": "3020" } ]                   | q           | quantities[0].economicClass | INVALID_VALUE       | 经济分类前缀 economicClass 应为 3 位（类）或 5 位（款）数字，不是“3020”
            [ { "name": "q", "of": "budget", "functionClass": "20x" } ]                    | q           | quantities[0].functionClass | INVALID_VALUE       | 功能分类前缀 functionClass 应为 3 位（类）、5 位（款）或 7 位（项）数字，不是“20x”
            [ { "name": "q", "of": "budget", "project": "P 1" } ]                          | q           | quantities[0].project     | INVALID_VALUE         | 项目编码 project 应为 1–64 位字母、数字或 _.:-，以字母或数字开头，不是“P 1”
            [ { "name": "q", "of": "spending", "until": "06-31" } ]                        | q           | quantities[0].until       | INVALID_VALUE         | 日期 until“06-31”应为预算年度内的月-日，如 06-30
            [ { "name": "q", "of": "spending", "until": "2023-06-30" } ]                   | q           | quantities[0].until       | INVALID_VALUE         | 日期 until“2023-06-30”应为预算年度内的月-日，如 06-30
            [ { "name": "q", "of": "spending", "until": "06-15" } ]                        | q           | quantities[0].until       | INVALID_VALUE         | 截止日期 until“06-15”须为月末（如 06-30）：支出按支付月份汇总
            [ { "name": "q", "of": "spending", "from": "04-02" } ]                         | q           | quantities[0].from        | INVALID_VALUE         | 起始日期 from“04-02”须为月初（如 04-01）：支出按支付月份汇总
            [ { "name": "q", "of": "spending", "from": "07-01", "until": "06-30" } ]       | q           | quantities[0].from        | INVALID_VALUE         | 起始日期 from“07-01”晚于截止日期 until“06-30”
            [ { "name": "q", "of": "budget", "until": "06-30" } ]                          | q           | quantities[0].until       | FILTER_NOT_APPLICABLE | 只有支出（of 为 spending）可按日期 until 筛选
            [ { "name": "q", "of": "initial-budget", "source": "年初" } ]                  | q           | quantities[0].source      | FILTER_NOT_APPLICABLE | 年初预算只含来源为年初的原始指标，不能再按指标来源 source 筛选
            [ { "name": "spending", "of": "budget" } ]                                     | spending    | quantities[0].name        | DUPLICATE_QUANTITY    | 数量名称“spending”与内置的数量或计量指标重名
            [ { "name": "executionRate", "of": "budget" } ]                                | spending    | quantities[0].name        | DUPLICATE_QUANTITY    | 数量名称“executionRate”与内置的数量或计量指标重名
            [ { "name": "m", "of": "budget" } ]                                            | spending    | quantities[0].name        | DUPLICATE_QUANTITY    | 数量名称“m”已被使用
            [ { "name": "q", "of": "budget" }, { "name": "q", "of": "spending" } ]         | q           | quantities[1].name        | DUPLICATE_QUANTITY    | 数量名称“q”已被使用
            [ { "name": "q", "of": "budget" }, { "name": "r", "of": "spending" } ]         | q           | quantities[1].name        | UNUSED_QUANTITY       | 数量“r”已声明，但没有计量指标或条件使用它
            [ { "name": "q", "of": "budget" } ]                                            | q + qq      | measures[0].expression    | UNKNOWN_QUANTITY      | 表达式“q + qq”中的“qq”不是已知的数量或计量指标
            """)
    void refusesABadDeclarationWithThePathAndAChineseMessage(String quantities, String expression, String path,
            ValidationError.Code code, String message) {
        String json = edited(set("/quantities", quantities).andThen(set("/measures",
                "[ { \"id\": \"m\", \"name\": \"测试\", \"expression\": \"" + expression + "\" } ]")));

        assertEquals(List.of(new ValidationError(path, code, message)), FrameworkDocuments.parse(json).errors());
    }

    @Test
    void aQuantityReadOnlyByAConditionIsUsed() {
        String json = edited(set("/quantities", "[ { \"name\": \"carryOverBudget\", \"of\": \"budget\", "
                + "\"source\": \"上年结转\" } ]").andThen(set("/indicators/1/children/1/notApplicable",
                "{ \"when\": \"carryOverBudget == 0\", \"reason\": \"无上年结转\", \"then\": \"full-points\" }")));

        assertEquals(List.of(), FrameworkDocuments.parse(json).errors());
    }

    private static String resource(String name) {
        try (InputStream in = FilteredQuantitiesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FilteredQuantity declared(String fields) {
        try {
            return JSON.readValue("{ \"name\": \"q\", " + fields + " }", FilteredQuantity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Built-in quantities and filtered quantities as {@code name=value} pairs. */
    private static MeasureValues values(String pairs) {
        Map<Quantity, BigDecimal> quantities = new HashMap<>();
        Map<String, BigDecimal> filtered = new HashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            String[] nameValue = pair.split("=");
            BigDecimal value = new BigDecimal(nameValue[1]);
            Quantity.find(nameValue[0]).ifPresentOrElse(quantity -> quantities.put(quantity, value),
                    () -> filtered.put(nameValue[0], value));
        }
        return new MeasureValues(Map.of(), Map.of(), Map.of(), quantities, Map.of(), Map.of())
                .withFilteredQuantities(filtered);
    }

    private static LedgerFact budget(int year, boolean initial, String kind, String source, String economic,
            String function, String project, String amount) {
        return new LedgerFact(year, Flow.BUDGET, initial, kind, source, economic, function, project, 0,
                new BigDecimal(amount));
    }

    private static LedgerFact spending(int year, String kind, String source, String economic, String function,
            String project, int month, String amount) {
        return new LedgerFact(year, Flow.SPENDING, false, kind, source, economic, function, project, month,
                new BigDecimal(amount));
    }
}
