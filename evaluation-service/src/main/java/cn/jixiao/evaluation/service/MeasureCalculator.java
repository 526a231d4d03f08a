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

/**
 * Turns what is known of an agency-year (ledger aggregates, the department's inputs) into the measures rules score.
 * A measure whose denominator is zero or whose input is missing is left out: the engine then says 数据不足 or 待填报.
 */
public final class MeasureCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 6;

    private MeasureCalculator() {
    }

    /** Everything one calculation needs; {@code previousYear} is for the "三公" change rate and may be null. */
    public record Inputs(LedgerAggregate ledger, LedgerAggregate previousYear, Map<Integer, BigDecimal> monthlySpending,
            DepartmentInput department, List<PerformanceTarget> targets, Map<String, Assessment> assessments,
            int fiscalYear, LocalDate today) {
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
        return new MeasureValues(rates, monthly, in.assessments());
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
