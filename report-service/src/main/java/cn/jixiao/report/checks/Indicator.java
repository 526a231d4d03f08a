package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.jixiao.report.model.Figures;

/**
 * A figure the narrative may state, with the ledger figures it is checked against; its names are in
 * checks/vocabulary.json. A figure without sources is one reports state but the ledger does not hold (资金到位率): it is
 * recognised, and reported as unverified.
 */
enum Indicator {
    EXECUTION_RATE("支出完成率", Unit.Kind.RATE, Figures::executionRate),
    CARRY_OVER_RATE("结转结余率", Unit.Kind.RATE, Figures::carryOverRate),
    PROJECT_SPENDING_RATE("项目资金支出率", Unit.Kind.RATE, Figures::projectSpendingRate),
    FIXED_ASSET_UTILISATION("固定资产利用率", Unit.Kind.RATE, Figures::fixedAssetUtilisation),
    PUBLIC_EXPENSE_CONTROL_RATE("公用经费控制率", Unit.Kind.RATE, Figures::publicExpenseControlRate),
    PUBLIC_EXPENSE("公用经费", Unit.Kind.AMOUNT, List.of(new Source("决算数", Figures::publicExpenseActual),
            new Source("调整预算数", Figures::publicExpenseBudget))),
    PUBLIC_EXPENSE_ACTUAL("公用经费决算数", Unit.Kind.AMOUNT, Figures::publicExpenseActual),
    PUBLIC_EXPENSE_BUDGET("公用经费预算数", Unit.Kind.AMOUNT, Figures::publicExpenseBudget),
    THREE_PUBLIC("“三公”经费", Unit.Kind.AMOUNT, List.of(new Source("决算数", Figures::threePublicActual),
            new Source("预算数", Figures::threePublicBudget))),
    TOTAL_SCORE("自评得分", Unit.Kind.SCORE, Figures::totalScore),
    ADJUSTED_BUDGET("年度预算", Unit.Kind.AMOUNT, Figures::adjustedBudget),
    INITIAL_BUDGET("年初预算", Unit.Kind.AMOUNT, Figures::initialBudget),
    BUDGET("预算数", Unit.Kind.AMOUNT, List.of(new Source("调整后预算数", Figures::adjustedBudget),
            new Source("年初预算数", Figures::initialBudget))),
    SPENDING("实际支出", Unit.Kind.AMOUNT, Figures::spending),
    CARRY_OVER_AMOUNT("结转结余", Unit.Kind.AMOUNT, Figures::carryOverAmount),
    BASIC_SPENDING("基本支出", Unit.Kind.AMOUNT, Figures::basicSpending),
    PROJECT_SPENDING("项目支出", Unit.Kind.AMOUNT, Figures::projectSpending),
    PROJECT_BUDGET("项目预算", Unit.Kind.AMOUNT, Figures::projectBudget),
    FIXED_ASSETS_TOTAL("固定资产总额", Unit.Kind.AMOUNT, Figures::fixedAssetsTotal),
    FIXED_ASSETS_IN_USE("在用固定资产", Unit.Kind.AMOUNT, Figures::fixedAssetsInUse),
    SALARIES("工资福利支出", Unit.Kind.AMOUNT, f -> economicClass(f, "301", "工资福利支出")),
    GOODS_AND_SERVICES("商品和服务支出", Unit.Kind.AMOUNT, f -> economicClass(f, "302", "商品和服务支出")),
    HOUSEHOLD_SUBSIDIES("对个人和家庭的补助", Unit.Kind.AMOUNT, f -> economicClass(f, "303", "对个人和家庭的补助")),
    PERSONNEL_EXPENSE("人员经费", Unit.Kind.AMOUNT, List.of()),
    FUNDS_ARRIVAL_RATE("资金到位率", Unit.Kind.RATE, List.of()),
    FUNDS_ARRIVED("到位资金", Unit.Kind.AMOUNT, List.of());

    /** One figure the indicator may stand for; the label tells them apart when there are several. */
    record Source(String label, Function<Figures, BigDecimal> value) {
    }

    final String label;
    final Unit.Kind kind;
    private final List<Source> sources;

    Indicator(String label, Unit.Kind kind, Function<Figures, BigDecimal> value) {
        this(label, kind, List.of(new Source("", value)));
    }

    Indicator(String label, Unit.Kind kind, List<Source> sources) {
        this.label = label;
        this.kind = kind;
        this.sources = sources;
    }

    /** Whether the ledger holds this figure at all. */
    boolean inLedger() {
        return !sources.isEmpty();
    }

    /** Whether the figures have a value to compare with (a rate without basis is null). */
    boolean known(Figures figures) {
        return sources.stream().anyMatch(s -> s.value().apply(figures) != null);
    }

    /** Whether the stated quantity is this indicator's figure (any of them, for 公用经费 and "三公"经费). */
    boolean matches(Quantity stated, Figures figures) {
        return sources.stream().map(s -> s.value().apply(figures)).filter(Objects::nonNull)
                .anyMatch(stated::matches);
    }

    /** The figure in the stated unit, e.g. "1834.36万元", or "3.76万元（决算数）或 3.80万元（预算数）". */
    String describe(Quantity stated, Figures figures) {
        List<Source> known = sources.stream().filter(s -> s.value().apply(figures) != null).toList();
        List<String> values = known.stream().map(s -> stated.format(s.value().apply(figures))).toList();
        if (values.stream().distinct().count() == 1) {
            return values.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < known.size(); i++) {
            text.append(i == 0 ? "" : " 或 ").append(values.get(i)).append('（').append(known.get(i).label()).append('）');
        }
        return text.toString();
    }

    private static BigDecimal economicClass(Figures figures, String code, String name) {
        if (figures.economicClasses() == null) {
            return null;
        }
        return figures.economicClasses().stream()
                .filter(c -> code.equals(c.code()) || name.equals(c.name()))
                .map(Figures.Amount::amount).findFirst().orElse(null);
    }
}
