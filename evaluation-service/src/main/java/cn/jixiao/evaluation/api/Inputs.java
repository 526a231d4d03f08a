package cn.jixiao.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the department inputs API. */
public final class Inputs {

    private Inputs() {
    }

    /** A qualitative self-assessment: level achieved / partly-achieved / not-achieved, a score within its range. */
    public record SelfAssessmentRequest(String level, BigDecimal score, String reason, List<Evidence> evidence) {
    }

    /** 佐证材料: a title and where to find it (document number, file, link). */
    public record Evidence(String title, String reference) {
    }

    /** The finance bureau's reviewed score, with its reason. */
    public record ReviewRequest(BigDecimal score, String reason) {
    }

    public record SelfAssessmentView(String indicatorCode, String level, String levelLabel, BigDecimal score,
            String reason, List<Evidence> evidence, Instant assessedAt, String assessedBy, BigDecimal reviewScore,
            String reviewReason, Instant reviewedAt, String reviewedBy, BigDecimal effectiveScore) {
    }

    /** Key tasks planned and completed, petitions received and handled, the satisfaction survey result (%). */
    public record DepartmentInputs(Integer keyTasksPlanned, Integer keyTasksCompleted, Integer petitionsReceived,
            Integer petitionsHandled, BigDecimal satisfactionRate) {
    }

    /** A performance target (绩效目标): category 产出/效益/满意度, direction at-least or at-most. */
    public record PerformanceTargetItem(String name, String category, String subcategory, String direction,
            BigDecimal targetValue, BigDecimal actualValue, String unit) {
    }

    public record PerformanceTargets(List<PerformanceTargetItem> items) {
    }
}
