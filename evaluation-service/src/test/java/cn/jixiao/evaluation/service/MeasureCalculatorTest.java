package cn.jixiao.evaluation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.DepartmentInput;
import cn.jixiao.evaluation.repository.ExpenseKind;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.PerformanceTarget;
import cn.jixiao.evaluation.scoring.Measure;
import cn.jixiao.evaluation.scoring.MeasureValues;
import cn.jixiao.evaluation.scoring.Quantity;
import cn.jixiao.evaluation.scoring.SlotDefinition;

/** Measures from given aggregates and inputs, as tables; no framework, no database. */
class MeasureCalculatorTest {

    @ParameterizedTest(name = "budget {0}, spending {1}")
    @CsvSource(delimiter = '|', textBlock = """
            19242800.00 | 18343585.90 | 95.33  | 4.67  | 4.90
            1000.00     | 1300.00     | 130.00 | -30.00 | -23.08
            1000.00     | 0.00        | 0.00   | 100.00 |
            0.00        | 0.00        |        |        |
            """)
    void executionAndCarryOver(String budget, String spending, String execution, String carryOver,
            String carryOverOfSpending) {
        LedgerAggregate ledger = LedgerAggregate.of(new AgencyYear("A", 2023));
        ledger.addBudget(new BigDecimal(budget), ExpenseKind.PERSONNEL, false, true);
        ledger.addSpending(new BigDecimal(spending), ExpenseKind.PERSONNEL, false);
        MeasureValues values = measure(ledger, null, List.of());
        assertEquals(rate(execution), values.rate(Measure.EXECUTION_RATE).orElse(null));
        assertEquals(rate(carryOver), values.rate(Measure.CARRY_OVER_RATE).orElse(null));
        assertEquals(rate(carryOverOfSpending), values.rate(Measure.CARRY_OVER_RATE_OF_SPENDING).orElse(null));
    }

    @Test
    void aNegativeAdjustmentAndAReversalChangeTheRates() {
        LedgerAggregate ledger = LedgerAggregate.of(new AgencyYear("A", 2023));
        ledger.addBudget(new BigDecimal("10000.00"), ExpenseKind.RUNNING, true, true);
        ledger.addBudget(new BigDecimal("-2000.00"), ExpenseKind.RUNNING, true, false);
        ledger.addSpending(new BigDecimal("9000.00"), ExpenseKind.RUNNING, true);
        ledger.addSpending(new BigDecimal("-500.00"), ExpenseKind.RUNNING, true);
        MeasureValues values = measure(ledger, null, List.of());
        assertEquals(rate("106.25"), values.rate(Measure.PUBLIC_EXPENSE_CONTROL_RATE).orElse(null));
        assertEquals(rate("106.25"), values.rate(Measure.THREE_PUBLIC_CONTROL_RATE).orElse(null));
        assertTrue(values.rate(Measure.PROJECT_SPENDING_RATE).isEmpty(), "no project budget: 数据不足");
    }

    @Test
    void departmentInputsBecomeRatesAndMissingOnesStayMissing() {
        DepartmentInput input = new DepartmentInput();
        input.keyTasksPlanned = 8;
        input.keyTasksCompleted = 7;
        input.petitionsReceived = 0;
        PerformanceTarget met = target("产出", "at-least", "100", "120");
        PerformanceTarget missed = target("产出", "at-most", "5", "6");
        MeasureValues values = measure(null, input, List.of(met, missed));
        assertEquals(rate("87.50"), values.rate(Measure.KEY_TASK_COMPLETION).orElse(null));
        assertEquals(rate("100.00"), values.rate(Measure.PETITION_HANDLING_RATE).orElse(null), "none received");
        assertEquals(rate("50.00"), values.rate(Measure.OUTPUT_TARGET_COMPLETION).orElse(null));
        assertTrue(values.rate(Measure.OUTCOME_TARGET_COMPLETION).isEmpty());
        assertTrue(values.rate(Measure.SATISFACTION_RATE).isEmpty(), "not entered: 待填报");
        assertTrue(values.rate(Measure.EXECUTION_RATE).isEmpty(), "no ledger yet: 数据不足");
    }

    @Test
    void namesTheQuantitiesExpressionsRead() {
        LedgerAggregate ledger = LedgerAggregate.of(new AgencyYear("A", 2023));
        ledger.addBudget(new BigDecimal("1000.00"), ExpenseKind.PERSONNEL, false, true);
        ledger.addBudget(new BigDecimal("300.00"), ExpenseKind.RUNNING, true, true);
        ledger.addBudget(new BigDecimal("200.00"), ExpenseKind.PROJECT, false, false);
        ledger.addSpending(new BigDecimal("900.00"), ExpenseKind.PERSONNEL, false);
        ledger.addSpending(new BigDecimal("250.00"), ExpenseKind.RUNNING, true);
        ledger.addSpending(new BigDecimal("150.00"), ExpenseKind.PROJECT, false);
        LedgerAggregate lastYear = LedgerAggregate.of(new AgencyYear("A", 2022));
        lastYear.addSpending(new BigDecimal("40.00"), ExpenseKind.RUNNING, true);

        Map<Quantity, BigDecimal> quantities = MeasureCalculator.quantities(new MeasureCalculator.Inputs(ledger,
                lastYear, Map.of(), null, List.of(target("产出", "at-least", "1", "1")), Map.of(), 115, 102, 2023,
                LocalDate.of(2024, 3, 1), Map.of(), Map.of(), Map.of()));

        assertEquals(new BigDecimal("1300.00"), quantities.get(Quantity.INITIAL_BUDGET));
        assertEquals(new BigDecimal("1500.00"), quantities.get(Quantity.ADJUSTED_BUDGET));
        assertEquals(new BigDecimal("1000.00"), quantities.get(Quantity.PERSONNEL_BUDGET));
        assertEquals(new BigDecimal("900.00"), quantities.get(Quantity.PERSONNEL_SPENDING));
        assertEquals(new BigDecimal("250.00"), quantities.get(Quantity.RUNNING_SPENDING));
        assertEquals(new BigDecimal("150.00"), quantities.get(Quantity.PROJECT_SPENDING));
        assertEquals(new BigDecimal("250.00"), quantities.get(Quantity.THREE_PUBLIC_SPENDING));
        assertEquals(new BigDecimal("40.00"), quantities.get(Quantity.LAST_YEAR_THREE_PUBLIC_SPENDING));
        assertEquals(BigDecimal.valueOf(115), quantities.get(Quantity.AUTHORIZED_STAFF));
        assertEquals(BigDecimal.valueOf(102), quantities.get(Quantity.ACTUAL_STAFF));
        assertEquals(BigDecimal.ONE, quantities.get(Quantity.OUTPUT_TARGETS_MET));
        assertEquals(BigDecimal.ZERO, quantities.get(Quantity.OUTCOME_TARGETS));
        assertTrue(quantities.get(Quantity.KEY_TASKS_PLANNED) == null, "no department input: 待填报");
    }

    private static MeasureValues measure(LedgerAggregate ledger, DepartmentInput input, List<PerformanceTarget> targets) {
        return MeasureCalculator.measure(new MeasureCalculator.Inputs(ledger, null, Map.of(), input, targets, Map.of(),
                null, null, 2023, LocalDate.of(2024, 3, 1), Map.of(), Map.of(), Map.of()));
    }

    @Test
    void occurrenceCountsChoicesAndSlotDefinitionsReachTheRules() {
        SlotDefinition slot = new SlotDefinition(SlotDefinition.Status.APPROVED, null, List.of());
        MeasureValues values = MeasureCalculator.measure(new MeasureCalculator.Inputs(null, null, Map.of(), null,
                List.of(), Map.of(), null, null, 2023, LocalDate.of(2024, 3, 1), Map.of("2.3", 2),
                Map.of("2.4", "结转结余率"), Map.of("3.3", slot)));

        assertEquals(Optional.of(2), values.occurrences("2.3"));
        assertEquals(Optional.of("结转结余率"), values.choice("2.4"));
        assertEquals(Optional.of(slot), values.slot("3.3"));
        assertEquals(Optional.empty(), values.occurrences("2.4"), "a count is per indicator");
    }

    private static PerformanceTarget target(String category, String direction, String target, String actual) {
        PerformanceTarget t = new PerformanceTarget();
        t.category = category;
        t.direction = direction;
        t.targetValue = new BigDecimal(target);
        t.actualValue = new BigDecimal(actual);
        return t;
    }

    private static BigDecimal rate(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value).setScale(2);
    }
}
