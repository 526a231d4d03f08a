package cn.jixiao.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Request and response bodies of what framework indicators beyond self-assessments are scored on: occurrence counts
 * (per-occurrence), one-of choices and the indicators a department defines in a slot.
 */
public final class FrameworkInputs {

    private FrameworkInputs() {
    }

    /** 例数 of a per-occurrence indicator, with the evidence (证据/说明) it rests on. */
    public record OccurrenceRequest(Integer count, String evidence) {
    }

    /**
     * @param enteredAs {@code department} or {@code finance-bureau}: who the count is from
     * @param history every accepted count of the indicator, oldest first, this one last
     */
    public record OccurrenceView(String indicatorCode, int count, String evidence, Instant enteredAt, String enteredBy,
            String enteredAs, List<Change> history) {
    }

    /** One accepted count or choice: the value, the evidence of a count, when, by whom and as which role. */
    public record Change(String value, String note, Instant changedAt, String changedBy, String changedAs) {
    }

    /** The name of the chosen alternative of a one-of indicator. */
    public record ChoiceRequest(String alternative) {
    }

    /** @param history every accepted choice of the indicator, oldest first, this one last */
    public record ChoiceView(String indicatorCode, String alternative, Instant chosenAt, String chosenBy,
            List<Change> history) {
    }

    /** One indicator a department defines in a slot; direction {@code at-least} or {@code at-most}. */
    public record SlotIndicator(String name, String category, String unit, String direction, BigDecimal targetValue,
            BigDecimal weight) {
    }

    public record SlotDefinitionRequest(List<SlotIndicator> children) {
    }

    /** The finance bureau's decision on a submitted definition: {@code approved} or {@code returned} with a reason. */
    public record SlotReviewRequest(String decision, String reason) {
    }

    /** The actual value of the defined indicator with this code ({@code 3.3.D1}). */
    public record ActualValue(String code, BigDecimal actualValue) {
    }

    public record SlotActualsRequest(List<ActualValue> items) {
    }

    /** A defined indicator with its code in the score tree and its actual value once reported. */
    public record SlotIndicatorView(String code, String name, String category, String unit, String direction,
            BigDecimal targetValue, BigDecimal weight, BigDecimal actualValue) {
    }

    /** @param status {@code submitted}, {@code approved} or {@code returned}; {@code statusLabel} 待审核, 已通过, 已退回 */
    public record SlotView(String indicatorCode, String status, String statusLabel, List<SlotIndicatorView> children,
            Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy, String reviewReason,
            Instant actualsAt, String actualsBy) {
    }
}
