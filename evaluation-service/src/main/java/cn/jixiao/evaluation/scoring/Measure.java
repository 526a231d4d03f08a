package cn.jixiao.evaluation.scoring;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The quantitative measures a rule can score, all in percent. */
public enum Measure {

    EXECUTION_RATE("execution-rate", "支出完成率", Source.LEDGER),
    /** (adjusted budget − spending) ÷ adjusted budget. */
    CARRY_OVER_RATE("carry-over-rate", "结转结余率", Source.LEDGER),
    /** (adjusted budget − spending) ÷ spending: the denominator some regions use. */
    CARRY_OVER_RATE_OF_SPENDING("carry-over-rate-of-spending", "结转结余率（以支出为分母）", Source.LEDGER),
    PROJECT_SPENDING_RATE("project-spending-rate", "项目资金支出率", Source.LEDGER),
    PUBLIC_EXPENSE_CONTROL_RATE("public-expense-control-rate", "公用经费控制率", Source.LEDGER),
    THREE_PUBLIC_CONTROL_RATE("three-public-control-rate", "“三公”经费控制率", Source.LEDGER),
    THREE_PUBLIC_CHANGE_RATE("three-public-change-rate", "“三公”经费变动率", Source.LEDGER),
    FIXED_ASSET_UTILISATION("fixed-asset-utilisation", "固定资产利用率", Source.LEDGER),
    /** Cumulative execution rate at each month-end; only {@link MilestonesRule} reads it. */
    MONTHLY_EXECUTION("monthly-execution", "月末累计执行率", Source.LEDGER),
    KEY_TASK_COMPLETION("key-task-completion", "重点工作完成率", Source.DEPARTMENT),
    OUTPUT_TARGET_COMPLETION("output-target-completion", "产出指标完成率", Source.DEPARTMENT),
    OUTCOME_TARGET_COMPLETION("outcome-target-completion", "效益指标完成率", Source.DEPARTMENT),
    PETITION_HANDLING_RATE("petition-handling-rate", "群众信访办理率", Source.DEPARTMENT),
    SATISFACTION_RATE("satisfaction-rate", "满意度", Source.DEPARTMENT);

    /** Where a value comes from, which decides how its absence is reported. */
    public enum Source {
        /** Computed from the ledger; missing means 数据不足. */
        LEDGER,
        /** Entered by the department; missing means 待填报. */
        DEPARTMENT
    }

    private final String id;
    private final String label;
    private final Source source;

    Measure(String id, String label, Source source) {
        this.id = id;
        this.label = label;
        this.source = source;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    /** The name expressions read it by: the id in camel case, e.g. {@code executionRate}. */
    public String variable() {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    MeasureInfo info() {
        return new MeasureInfo(id, label, source, "%");
    }

    public static Optional<Measure> find(String id) {
        return Arrays.stream(values()).filter(measure -> measure.id.equals(id)).findFirst();
    }

    /** The single-valued measure expressions read by this name. */
    static Optional<Measure> findVariable(String variable) {
        return Arrays.stream(values()).filter(measure -> measure != MONTHLY_EXECUTION)
                .filter(measure -> measure.variable().equals(variable)).findFirst();
    }

    /** The measure of a validated framework. */
    static Measure of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("未知的计量指标 " + id));
    }
}
