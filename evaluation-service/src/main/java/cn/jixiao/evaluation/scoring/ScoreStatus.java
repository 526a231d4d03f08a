package cn.jixiao.evaluation.scoring;

/** Whether an indicator's score is final; declared from the most to the least complete. */
public enum ScoreStatus {

    SCORED("已评分"),
    /** A ledger figure cannot be computed yet (no spending data, zero budget, month not ended). */
    INSUFFICIENT_DATA("数据不足"),
    /** The department has not entered a figure or a self-assessment, or its slot definition awaits review (待审核). */
    PENDING_INPUT("待填报");

    private final String label;

    ScoreStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
