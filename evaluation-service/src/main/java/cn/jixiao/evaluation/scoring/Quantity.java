package cn.jixiao.evaluation.scoring;

import java.util.Arrays;
import java.util.Optional;

import cn.jixiao.evaluation.scoring.Measure.Source;

/**
 * A named figure of an agency-year that measure expressions can use: a ledger total in 元, a head count, or a
 * department input. The name is how an expression writes it.
 */
public enum Quantity {

    INITIAL_BUDGET("initialBudget", "年初预算", Source.LEDGER),
    ADJUSTED_BUDGET("adjustedBudget", "调整后预算", Source.LEDGER),
    SPENDING("spending", "实际支出", Source.LEDGER),
    PERSONNEL_BUDGET("personnelBudget", "人员类预算", Source.LEDGER),
    PERSONNEL_SPENDING("personnelSpending", "人员类支出", Source.LEDGER),
    RUNNING_BUDGET("runningBudget", "运转类预算（公用经费）", Source.LEDGER),
    RUNNING_SPENDING("runningSpending", "运转类支出（公用经费）", Source.LEDGER),
    PROJECT_BUDGET("projectBudget", "项目支出预算", Source.LEDGER),
    PROJECT_SPENDING("projectSpending", "项目支出", Source.LEDGER),
    THREE_PUBLIC_BUDGET("threePublicBudget", "“三公”经费预算", Source.LEDGER),
    THREE_PUBLIC_SPENDING("threePublicSpending", "“三公”经费支出", Source.LEDGER),
    LAST_YEAR_ADJUSTED_BUDGET("lastYearAdjustedBudget", "上年调整后预算", Source.LEDGER),
    LAST_YEAR_SPENDING("lastYearSpending", "上年实际支出", Source.LEDGER),
    LAST_YEAR_THREE_PUBLIC_BUDGET("lastYearThreePublicBudget", "上年“三公”经费预算", Source.LEDGER),
    LAST_YEAR_THREE_PUBLIC_SPENDING("lastYearThreePublicSpending", "上年“三公”经费支出", Source.LEDGER),
    ASSETS_TOTAL("assetsTotal", "固定资产原值", Source.LEDGER),
    ASSETS_IN_USE("assetsInUse", "在用固定资产原值", Source.LEDGER),
    AUTHORIZED_STAFF("authorizedStaff", "编制数", Source.LEDGER),
    ACTUAL_STAFF("actualStaff", "实有人数", Source.LEDGER),
    KEY_TASKS_PLANNED("keyTasksPlanned", "计划重点工作数", Source.DEPARTMENT),
    KEY_TASKS_COMPLETED("keyTasksCompleted", "完成重点工作数", Source.DEPARTMENT),
    PETITIONS_RECEIVED("petitionsReceived", "受理信访数", Source.DEPARTMENT),
    PETITIONS_HANDLED("petitionsHandled", "办结信访数", Source.DEPARTMENT),
    SATISFACTION("satisfaction", "满意度调查结果", Source.DEPARTMENT),
    PERFORMANCE_TARGETS("performanceTargets", "绩效目标个数", Source.DEPARTMENT),
    OUTPUT_TARGETS("outputTargets", "产出指标个数", Source.DEPARTMENT),
    OUTPUT_TARGETS_MET("outputTargetsMet", "达成的产出指标个数", Source.DEPARTMENT),
    OUTCOME_TARGETS("outcomeTargets", "效益指标个数", Source.DEPARTMENT),
    OUTCOME_TARGETS_MET("outcomeTargetsMet", "达成的效益指标个数", Source.DEPARTMENT);

    private final String variable;
    private final String label;
    private final Source source;

    Quantity(String variable, String label, Source source) {
        this.variable = variable;
        this.label = label;
        this.source = source;
    }

    /** The name in expressions, e.g. {@code adjustedBudget}. */
    public String variable() {
        return variable;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    public static Optional<Quantity> find(String variable) {
        return Arrays.stream(values()).filter(quantity -> quantity.variable.equals(variable)).findFirst();
    }
}
