package cn.jixiao.evaluation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.evaluation.repository.DepartmentInput;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.PerformanceTarget;
import cn.jixiao.evaluation.scoring.Assessment;
import cn.jixiao.evaluation.scoring.Measure;
import cn.jixiao.evaluation.scoring.MeasureValues;
import cn.jixiao.evaluation.scoring.Quantity;
import cn.jixiao.evaluation.scoring.SlotDefinition;

/**
 * Turns what is known of an agency-year (ledger aggregates, the department's inputs) into the measures rules score.
 * A measure whose denominator is zero or whose input is missing is left out: the engine then says 数据不足 or 待填报.
 */
public final class MeasureCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 6;

    private MeasureCalculator() {
    }

    /**
     * Everything one calculation needs; {@code previousYear} is for the "三公" change rate and may be null, and so may
     * the staff numbers (编制, 实有) of an agency registered before they were carried. Occurrence counts, one-of
     * choices and slot definitions are by indicator code.
     */
    public record Inputs(LedgerAggregate ledger, LedgerAggregate previousYear, Map<Integer, BigDecimal> monthlySpending,
            DepartmentInput department, List<PerformanceTarget> targets, Map<String, Assessment> assessments,
            Integer authorizedStaff, Integer actualStaff, int fiscalYear, LocalDate today,
            Map<String, Integer> occurrences, Map<String, String> choices, Map<String, SlotDefinition> slots) {
    }

    public static MeasureValues measure(Inputs in) {
        Map<Measure, BigDecimal> rates = new EnumMap<>(Measure.class);
        Map<Integer, BigDecimal> monthly = new HashMap<>();
        LedgerAggregate ledger = in.ledger();
        if (ledger != null) {
            rates.put(Measure.EXECUTION_RATE, percent(ledger.spending, ledger.adjustedBudget));
            rates.put(Measure.CARRY_OVER_RATE, percent(ledger.adjustedBudget.subtract(ledger.spending),
                    ledger.adjustedBudget));
            rates.put(Measure.CARRY_OVER_RATE_OF_SPENDING, percent(ledger.adjustedBudget.subtract(ledger.spending),
                    ledger.spending));
            rates.put(Measure.PROJECT_SPENDING_RATE, percent(ledger.projectSpending, ledger.projectBudget));
            rates.put(Measure.PUBLIC_EXPENSE_CONTROL_RATE, percent(ledger.publicSpending, ledger.publicBudget));
            rates.put(Measure.THREE_PUBLIC_CONTROL_RATE, percent(ledger.threePublicSpending, ledger.threePublicBudget));
            if (in.previousYear() != null) {
                BigDecimal last = in.previousYear().threePublicSpending;
                rates.put(Measure.THREE_PUBLIC_CHANGE_RATE,
                        percent(ledger.threePublicSpending.subtract(last), last));
            }
            if (ledger.assetsTotal != null) {
                rates.put(Measure.FIXED_ASSET_UTILISATION, percent(ledger.assetsInUse, ledger.assetsTotal));
            }
            BigDecimal cumulative = BigDecimal.ZERO;
            for (int month = 1; month <= 12; month++) {
                cumulative = cumulative.add(in.monthlySpending().getOrDefault(month, BigDecimal.ZERO));
                if (in.today().isAfter(YearMonth.of(in.fiscalYear(), month).atEndOfMonth())) {
                    monthly.put(month, percent(cumulative, ledger.adjustedBudget));
                }
            }
        }
        DepartmentInput department = in.department();
        if (department != null) {
            if (department.keyTasksPlanned != null && department.keyTasksCompleted != null) {
                rates.put(Measure.KEY_TASK_COMPLETION, percent(BigDecimal.valueOf(department.keyTasksCompleted),
                        BigDecimal.valueOf(department.keyTasksPlanned)));
            }
            if (department.petitionsReceived != null) {
                // nothing received means nothing left unhandled
                rates.put(Measure.PETITION_HANDLING_RATE, department.petitionsReceived == 0 ? HUNDRED
                        : percent(BigDecimal.valueOf(department.petitionsHandled == null ? 0 : department.petitionsHandled),
                                BigDecimal.valueOf(department.petitionsReceived)));
            }
            rates.put(Measure.SATISFACTION_RATE, department.satisfactionRate);
        }
        rates.put(Measure.OUTPUT_TARGET_COMPLETION, completion(in.targets(), "产出"));
        rates.put(Measure.OUTCOME_TARGET_COMPLETION, completion(in.targets(), "效益"));
        return new MeasureValues(rates, monthly, in.assessments(), quantities(in), in.occurrences(), in.choices(),
                in.slots());
    }

    /** The named figures measure expressions read; absent ones (no ledger, not entered) are left out. */
    static Map<Quantity, BigDecimal> quantities(Inputs in) {
        Map<Quantity, BigDecimal> quantities = new EnumMap<>(Quantity.class);
        LedgerAggregate ledger = in.ledger();
        if (ledger != null) {
            quantities.put(Quantity.INITIAL_BUDGET, ledger.initialBudget);
            quantities.put(Quantity.ADJUSTED_BUDGET, ledger.adjustedBudget);
            quantities.put(Quantity.SPENDING, ledger.spending);
            // every line and payment is of exactly one expense kind
            quantities.put(Quantity.PERSONNEL_BUDGET,
                    ledger.adjustedBudget.subtract(ledger.projectBudget).subtract(ledger.publicBudget));
            quantities.put(Quantity.PERSONNEL_SPENDING,
                    ledger.spending.subtract(ledger.projectSpending).subtract(ledger.publicSpending));
            quantities.put(Quantity.RUNNING_BUDGET, ledger.publicBudget);
            quantities.put(Quantity.RUNNING_SPENDING, ledger.publicSpending);
            quantities.put(Quantity.PROJECT_BUDGET, ledger.projectBudget);
            quantities.put(Quantity.PROJECT_SPENDING, ledger.projectSpending);
            quantities.put(Quantity.THREE_PUBLIC_BUDGET, ledger.threePublicBudget);
            quantities.put(Quantity.THREE_PUBLIC_SPENDING, ledger.threePublicSpending);
            quantities.put(Quantity.ASSETS_TOTAL, ledger.assetsTotal);
            quantities.put(Quantity.ASSETS_IN_USE, ledger.assetsInUse);
        }
        LedgerAggregate last = in.previousYear();
        if (last != null) {
            quantities.put(Quantity.LAST_YEAR_ADJUSTED_BUDGET, last.adjustedBudget);
            quantities.put(Quantity.LAST_YEAR_SPENDING, last.spending);
            quantities.put(Quantity.LAST_YEAR_THREE_PUBLIC_BUDGET, last.threePublicBudget);
            quantities.put(Quantity.LAST_YEAR_THREE_PUBLIC_SPENDING, last.threePublicSpending);
        }
        quantities.put(Quantity.AUTHORIZED_STAFF, count(in.authorizedStaff()));
        quantities.put(Quantity.ACTUAL_STAFF, count(in.actualStaff()));
        DepartmentInput department = in.department();
        if (department != null) {
            quantities.put(Quantity.KEY_TASKS_PLANNED, count(department.keyTasksPlanned));
            quantities.put(Quantity.KEY_TASKS_COMPLETED, count(department.keyTasksCompleted));
            quantities.put(Quantity.PETITIONS_RECEIVED, count(department.petitionsReceived));
            quantities.put(Quantity.PETITIONS_HANDLED, count(department.petitionsHandled));
            quantities.put(Quantity.SATISFACTION, department.satisfactionRate);
        }
        quantities.put(Quantity.PERFORMANCE_TARGETS, BigDecimal.valueOf(in.targets().size()));
        quantities.put(Quantity.OUTPUT_TARGETS, targets(in.targets(), "产出", false));
        quantities.put(Quantity.OUTPUT_TARGETS_MET, targets(in.targets(), "产出", true));
        quantities.put(Quantity.OUTCOME_TARGETS, targets(in.targets(), "效益", false));
        quantities.put(Quantity.OUTCOME_TARGETS_MET, targets(in.targets(), "效益", true));
        return quantities;
    }

    private static BigDecimal count(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }

    private static BigDecimal targets(List<PerformanceTarget> targets, String category, boolean onlyMet) {
        return BigDecimal.valueOf(targets.stream().filter(t -> category.equals(t.category))
                .filter(t -> !onlyMet || t.met()).count());
    }

    private static BigDecimal completion(List<PerformanceTarget> targets, String category) {
        List<PerformanceTarget> ofCategory = targets.stream().filter(t -> category.equals(t.category)).toList();
        if (ofCategory.isEmpty()) {
            return null;
        }
        long met = ofCategory.stream().filter(PerformanceTarget::met).count();
        return percent(BigDecimal.valueOf(met), BigDecimal.valueOf(ofCategory.size()));
    }

    /** numerator ÷ denominator in percent, or null when the denominator is zero (no basis to measure). */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
