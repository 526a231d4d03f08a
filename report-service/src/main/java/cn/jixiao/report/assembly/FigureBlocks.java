package cn.jixiao.report.assembly;

import static cn.jixiao.report.assembly.DisplayFormat.count;
import static cn.jixiao.report.assembly.DisplayFormat.percent;
import static cn.jixiao.report.assembly.DisplayFormat.wanYuan;
import static cn.jixiao.report.assembly.DisplayFormat.wanYuanWithUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Figures;

/** The paragraphs and tables the report generates from the figures; every number in them comes from {@link Figures}. */
public final class FigureBlocks {

    public static final String SOURCE = "generated";
    public static final String REMAINDER_PROJECT = "其他";
    public static final String TOTAL_ROW = "合计";

    private FigureBlocks() {
    }

    /** 机构和人员: 编制 and 实有 staff. */
    public static Block staffing(Figures figures) {
        return generated("编制人数" + count(figures.authorizedStaff()) + "人，实有人数" + count(figures.actualStaff())
                + "人。");
    }

    /** 部门整体支出情况: budget and spending, basic and project, public expenses and assets, and both tables. */
    public static List<Block> expenditure(int fiscalYear, Figures figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(generated(fiscalYear + "年度，本部门年初预算" + wanYuanWithUnit(figures.initialBudget())
                + "，年度预算（调整后）" + wanYuanWithUnit(figures.adjustedBudget())
                + "，实际支出" + wanYuanWithUnit(figures.spending())
                + "，支出完成率" + percent(figures.executionRate())
                + "；结转结余" + wanYuanWithUnit(figures.carryOverAmount())
                + "，结转结余率" + percent(figures.carryOverRate()) + "。"));
        blocks.add(generated("按支出性质分，基本支出" + wanYuanWithUnit(figures.basicSpending())
                + "，项目支出" + wanYuanWithUnit(figures.projectSpending())
                + "；项目预算" + wanYuanWithUnit(figures.projectBudget())
                + "，项目支出率" + percent(figures.projectSpendingRate()) + "。"));
        blocks.add(generated("公用经费调整预算" + wanYuanWithUnit(figures.publicExpenseBudget())
                + "，实际支出" + wanYuanWithUnit(figures.publicExpenseActual())
                + "，控制率" + percent(figures.publicExpenseControlRate())
                + "；“三公”经费预算" + wanYuanWithUnit(figures.threePublicBudget())
                + "，实际支出" + wanYuanWithUnit(figures.threePublicActual()) + "。"));
        blocks.add(generated("固定资产原值" + wanYuanWithUnit(figures.fixedAssetsTotal())
                + "，其中在用" + wanYuanWithUnit(figures.fixedAssetsInUse())
                + "，固定资产利用率" + percent(figures.fixedAssetUtilisation()) + "。"));
        if (!isEmpty(figures.economicClasses())) {
            blocks.add(economicClassTable(figures));
        }
        if (!isEmpty(figures.projects()) || isPositive(figures.projectSpending())) {
            blocks.add(projectTable(figures));
        }
        return blocks;
    }

    /** Each class's share is of the total spending, so a 合计 short of 100% shows classes that are missing. */
    private static Block.Table economicClassTable(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Figures.Amount economicClass : figures.economicClasses()) {
            rows.add(List.of(economicClass.code() + " " + economicClass.name(), wanYuan(economicClass.amount()),
                    percent(DisplayFormat.share(economicClass.amount(), figures.spending()))));
            sum = sum.add(zeroIfNull(economicClass.amount()));
        }
        rows.add(List.of(TOTAL_ROW, wanYuan(sum), percent(DisplayFormat.share(sum, figures.spending()))));
        return new Block.Table("支出按经济分类", List.of("经济分类", "金额（万元）", "占比"), List.copyOf(rows));
    }

    /** Budget and spending the named projects do not cover (e.g. lines without a project code) is shown as 其他. */
    private static Block.Table projectTable(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal namedBudget = BigDecimal.ZERO;
        BigDecimal namedSpending = BigDecimal.ZERO;
        for (Figures.Project project : nullToEmpty(figures.projects())) {
            rows.add(List.of(project.name(), wanYuan(project.budget()), wanYuan(project.spending()),
                    percent(project.rate())));
            namedBudget = namedBudget.add(zeroIfNull(project.budget()));
            namedSpending = namedSpending.add(zeroIfNull(project.spending()));
        }
        BigDecimal budgetRemainder = zeroIfNull(figures.projectBudget()).subtract(namedBudget);
        BigDecimal spendingRemainder = zeroIfNull(figures.projectSpending()).subtract(namedSpending);
        if (budgetRemainder.signum() > 0 || spendingRemainder.signum() > 0) {
            rows.add(List.of(REMAINDER_PROJECT, wanYuan(budgetRemainder), wanYuan(spendingRemainder),
                    DisplayFormat.MISSING));
        }
        rows.add(List.of(TOTAL_ROW, wanYuan(figures.projectBudget()), wanYuan(figures.projectSpending()),
                percent(figures.projectSpendingRate())));
        return new Block.Table("项目支出", List.of("项目名称", "预算（万元）", "支出（万元）", "支出率"), List.copyOf(rows));
    }

    static Block.Paragraph generated(String text) {
        return new Block.Paragraph(text, SOURCE);
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
