package cn.jixiao.budget.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import cn.jixiao.budget.api.ExecutionSummary;
import cn.jixiao.budget.api.ExecutionSummary.AsOf;
import cn.jixiao.budget.api.ExecutionSummary.Budget;
import cn.jixiao.budget.api.ExecutionSummary.CarryOver;
import cn.jixiao.budget.api.ExecutionSummary.EconomicClass;
import cn.jixiao.budget.api.ExecutionSummary.FixedAssets;
import cn.jixiao.budget.api.ExecutionSummary.Month;
import cn.jixiao.budget.api.ExecutionSummary.Part;
import cn.jixiao.budget.api.ExecutionSummary.Project;
import cn.jixiao.budget.api.ExecutionSummary.PublicExpenses;
import cn.jixiao.budget.api.ExecutionSummary.ThreePublic;
import cn.jixiao.budget.classification.Classification;
import cn.jixiao.budget.classification.Classification.ExpenseKind;
import cn.jixiao.budget.classification.Classification.ThreePublicGroup;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.budget.repository.AssetSnapshot;
import cn.jixiao.budget.repository.BudgetLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Computes an agency-year's execution summary from the ledger, in one repeatable-read transaction so that every figure
 * and the {@code asOf} watermark describe the same state of the ledger.
 */
@ApplicationScoped
public class ExecutionQuery {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager entityManager;

    ExecutionQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A budget line with its adjustments folded in and the spending drawn on it, by month. */
    private record LineTotals(BudgetLine line, BigDecimal budget, BigDecimal[] monthly) {
        BigDecimal spending() {
            BigDecimal sum = ZERO;
            for (BigDecimal month : monthly) {
                sum = sum.add(month);
            }
            return sum;
        }
    }

    @Transactional
    public Optional<ExecutionSummary> summarise(String agencyCode, int fiscalYear) {
        entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Agency agency = Agency.findById(agencyCode);
        if (agency == null) {
            return Optional.empty();
        }
        List<LineTotals> lines = lineTotals(agencyCode, fiscalYear);
        BigDecimal adjusted = sum(lines, l -> true, LineTotals::budget);
        BigDecimal spending = sum(lines, l -> true, LineTotals::spending);
        BigDecimal initial = lines.stream()
                .filter(l -> Classification.initialBudget(l.line().oriBgtId, l.line().sourceTypeCode))
                .map(l -> l.line().amount).reduce(ZERO, BigDecimal::add);
        Predicate<LineTotals> project = kind(ExpenseKind.PROJECT);
        Predicate<LineTotals> running = kind(ExpenseKind.RUNNING);

        return Optional.of(new ExecutionSummary(
                agency.agencyCode, agency.agencyName, agency.mofDivCode, fiscalYear,
                agency.authorizedStaff, agency.actualStaff,
                new Budget(initial, adjusted),
                spending,
                Percent.of(spending, adjusted),
                part(lines, project.negate()),
                part(lines, project),
                economicClasses(lines),
                projects(lines, project),
                publicExpenses(lines, running),
                threePublic(lines),
                new CarryOver(adjusted.subtract(spending), Percent.of(adjusted.subtract(spending), adjusted)),
                monthly(lines, adjusted),
                fixedAssets(agencyCode, fiscalYear),
                new AsOf(agency.lastSequence, agency.lastChangedAt)));
    }

    private List<LineTotals> lineTotals(String agencyCode, int fiscalYear) {
        List<BudgetLine> all = BudgetLine.list("agencyCode = ?1 and fiscalYear = ?2", agencyCode, fiscalYear);
        Map<String, BigDecimal> adjustments = new HashMap<>();
        for (BudgetLine line : all) {
            if (line.isAdjustment()) {
                adjustments.merge(line.oriBgtId, line.amount, BigDecimal::add);
            }
        }
        Map<String, BigDecimal[]> spending = new HashMap<>();
        entityManager.createQuery("select p.bgtId, extract(month from p.payDate), sum(p.xpayAmt) from Payment p "
                        + "where p.agencyCode = ?1 and p.fiscalYear = ?2 group by p.bgtId, extract(month from p.payDate)",
                        Object[].class)
                .setParameter(1, agencyCode)
                .setParameter(2, fiscalYear)
                .getResultStream()
                .forEach(row -> spending.computeIfAbsent((String) row[0], id -> emptyMonths())
                        [((Number) row[1]).intValue() - 1] = (BigDecimal) row[2]);
        List<LineTotals> totals = new ArrayList<>();
        for (BudgetLine line : all) {
            if (!line.isAdjustment()) {
                totals.add(new LineTotals(line, line.amount.add(adjustments.getOrDefault(line.bgtId, ZERO)),
                        spending.getOrDefault(line.bgtId, emptyMonths())));
            }
        }
        return totals;
    }

    private static Predicate<LineTotals> kind(ExpenseKind kind) {
        return l -> Classification.expenseKind(l.line().proCatCode) == kind;
    }

    private static Part part(List<LineTotals> lines, Predicate<LineTotals> filter) {
        BigDecimal budget = sum(lines, filter, LineTotals::budget);
        BigDecimal spending = sum(lines, filter, LineTotals::spending);
        return new Part(budget, spending, Percent.of(spending, budget));
    }

    private static List<EconomicClass> economicClasses(List<LineTotals> lines) {
        Map<String, BigDecimal[]> byClass = new TreeMap<>();
        for (LineTotals l : lines) {
            BigDecimal[] totals = byClass.computeIfAbsent(l.line().depBgtEcoCode.substring(0, 3),
                    code -> new BigDecimal[] {ZERO, ZERO});
            totals[0] = totals[0].add(l.budget());
            totals[1] = totals[1].add(l.spending());
        }
        List<EconomicClass> classes = new ArrayList<>();
        byClass.forEach((code, totals) -> classes.add(
                new EconomicClass(code, EconomicClasses.name(code), totals[0], totals[1])));
        return classes;
    }

    private static List<Project> projects(List<LineTotals> lines, Predicate<LineTotals> project) {
        Map<String, List<LineTotals>> byCode = new TreeMap<>();
        lines.stream().filter(project).forEach(l -> byCode.computeIfAbsent(l.line().proCode, c -> new ArrayList<>()).add(l));
        List<Project> projects = new ArrayList<>();
        byCode.forEach((code, projectLines) -> {
            BigDecimal budget = sum(projectLines, l -> true, LineTotals::budget);
            BigDecimal spending = sum(projectLines, l -> true, LineTotals::spending);
            projects.add(new Project(code, projectLines.get(0).line().proName, budget, spending,
                    Percent.of(spending, budget)));
        });
        return projects;
    }

    private static PublicExpenses publicExpenses(List<LineTotals> lines, Predicate<LineTotals> running) {
        BigDecimal budget = sum(lines, running, LineTotals::budget);
        BigDecimal actual = sum(lines, running, LineTotals::spending);
        return new PublicExpenses(budget, actual, Percent.of(actual, budget));
    }

    private static ThreePublic threePublic(List<LineTotals> lines) {
        List<ThreePublic.Group> groups = new ArrayList<>();
        BigDecimal budget = ZERO;
        BigDecimal actual = ZERO;
        for (ThreePublicGroup group : ThreePublicGroup.values()) {
            Predicate<LineTotals> inGroup = l -> Classification.threePublicGroup(l.line().depBgtEcoCode) == group;
            BigDecimal groupBudget = sum(lines, inGroup, LineTotals::budget);
            BigDecimal groupActual = sum(lines, inGroup, LineTotals::spending);
            groups.add(new ThreePublic.Group(group.code(), group.label(), groupBudget, groupActual));
            budget = budget.add(groupBudget);
            actual = actual.add(groupActual);
        }
        return new ThreePublic(budget, actual, Percent.of(actual, budget), groups);
    }

    private static List<Month> monthly(List<LineTotals> lines, BigDecimal adjusted) {
        List<Month> months = new ArrayList<>(12);
        BigDecimal cumulative = ZERO;
        for (int m = 0; m < 12; m++) {
            int month = m;
            BigDecimal spending = lines.stream().map(l -> l.monthly()[month]).reduce(ZERO, BigDecimal::add);
            cumulative = cumulative.add(spending);
            months.add(new Month(m + 1, spending, cumulative, Percent.of(cumulative, adjusted)));
        }
        return months;
    }

    private static FixedAssets fixedAssets(String agencyCode, int fiscalYear) {
        return AssetSnapshot.latestInYear(agencyCode, fiscalYear)
                .map(s -> new FixedAssets(s.snapshotDate, s.totalOriginalValue, s.inUseOriginalValue,
                        Percent.of(s.inUseOriginalValue, s.totalOriginalValue)))
                .orElse(null);
    }

    private static BigDecimal sum(List<LineTotals> lines, Predicate<LineTotals> filter,
            java.util.function.Function<LineTotals, BigDecimal> value) {
        return lines.stream().filter(filter).map(value).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal[] emptyMonths() {
        BigDecimal[] months = new BigDecimal[12];
        java.util.Arrays.fill(months, ZERO);
        return months;
    }

    /** Percentages with two decimals, half up, as published. */
    static final class Percent {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        private Percent() {
        }

        static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
            if (denominator.signum() == 0) {
                return null;
            }
            return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
        }
    }
}
