package cn.jixiao.evaluation.repository;

/**
 * The {@code expenseKind} budget-service gives each budget line and payment (docs/events.md): 人员类 and 运转类
 * (公用经费) are 基本支出, {@code PROJECT} is 项目支出. Evaluation sums by it, never by codes.
 */
public enum ExpenseKind {
    PERSONNEL,
    RUNNING,
    PROJECT
}
