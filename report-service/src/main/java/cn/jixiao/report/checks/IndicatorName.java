package cn.jixiao.report.checks;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A way the narrative names an indicator, and in which sentences that name means the indicator. */
record IndicatorName(String text, Indicator indicator, Scope scope) {

    enum Scope {
        /** The name always means the indicator. */
        ANY,
        /** A department-wide name ("实际支出") that means something else in a sentence about a part of the spending. */
        WHOLE_DEPARTMENT,
        /** A bare name ("支出率") that means the indicator only in a sentence about projects (项目). */
        PROJECT
    }

    /** Longest first, so "项目支出率" wins over "项目支出" and "在用固定资产总额" over "固定资产总额". */
    static final List<IndicatorName> ALL = Stream.of(
            any(Indicator.EXECUTION_RATE, "支出完成率", "预算执行率").map(IndicatorName::wholeDepartment),
            any(Indicator.CARRY_OVER_RATE, "结转结余率"),
            any(Indicator.PROJECT_SPENDING_RATE, "项目资金支出率", "项目支出率", "项目支出完成率", "项目预算执行率"),
            Stream.of(new IndicatorName("支出率", Indicator.PROJECT_SPENDING_RATE, Scope.PROJECT)),
            any(Indicator.FIXED_ASSET_UTILISATION, "固定资产利用率"),
            any(Indicator.PUBLIC_EXPENSE_CONTROL_RATE, "公用经费控制率"),
            any(Indicator.PUBLIC_EXPENSE, "公用经费"),
            any(Indicator.PUBLIC_EXPENSE_ACTUAL, "公用经费决算数", "公用经费支出"),
            any(Indicator.PUBLIC_EXPENSE_BUDGET, "公用经费预算数", "公用经费调整预算数", "公用经费预算"),
            any(Indicator.THREE_PUBLIC, "三公经费", "“三公”经费", "\"三公\"经费", "‘三公’经费", "“三公经费”",
                    "\"三公经费\""),
            any(Indicator.TOTAL_SCORE, "自评得分", "自评分数", "自评总分"),
            any(Indicator.ADJUSTED_BUDGET, "年度预算", "整体年度预算").map(IndicatorName::wholeDepartment),
            any(Indicator.SPENDING, "实际支出").map(IndicatorName::wholeDepartment),
            any(Indicator.BASIC_SPENDING, "基本支出"),
            any(Indicator.PROJECT_SPENDING, "项目支出"),
            any(Indicator.FIXED_ASSETS_TOTAL, "固定资产总额"),
            any(Indicator.FIXED_ASSETS_IN_USE, "在用固定资产", "在用固定资产总额"),
            any(Indicator.SALARIES, "工资福利支出", "工资福利性支出"),
            any(Indicator.GOODS_AND_SERVICES, "商品和服务支出"),
            any(Indicator.HOUSEHOLD_SUBSIDIES, "对个人和家庭的补助", "对个人和家庭的补助支出"))
            .flatMap(s -> s)
            .sorted(Comparator.comparingInt((IndicatorName n) -> n.text().length()).reversed())
            .toList();

    /** The longest name starting at {@code index} of {@code text}, or null. */
    static IndicatorName at(String text, int index) {
        for (IndicatorName name : ALL) {
            if (text.startsWith(name.text(), index)) {
                return name;
            }
        }
        return null;
    }

    private static Stream<IndicatorName> any(Indicator indicator, String... names) {
        return Stream.of(names).map(n -> new IndicatorName(n, indicator, Scope.ANY));
    }

    private IndicatorName wholeDepartment() {
        return new IndicatorName(text, indicator, Scope.WHOLE_DEPARTMENT);
    }
}
