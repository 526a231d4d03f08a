package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a department defined for one {@link Slot} of its year, and where the definition stands: only an approved one is
 * scored.
 *
 * @param returnReason the finance bureau's reason when it returned the definition
 * @param children in the department's order; the n-th is scored as indicator {@code <slot>.D<n>}
 */
public record SlotDefinition(Status status, String returnReason, List<DefinedIndicator> children) {

    public enum Status {
        /** 待审核 */
        SUBMITTED,
        APPROVED,
        /** 退回修改 */
        RETURNED
    }

    /**
     * One indicator the department defined.
     *
     * @param category one of the slot's categories, or null when the slot names none
     * @param actualValue reported once the definition is approved; null until then
     */
    public record DefinedIndicator(String name, String category, String unit, TargetDirection direction,
            BigDecimal targetValue, BigDecimal weight, BigDecimal actualValue) {
    }

    public SlotDefinition {
        children = List.copyOf(children);
    }
}
