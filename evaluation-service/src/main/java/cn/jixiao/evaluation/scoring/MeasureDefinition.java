package cn.jixiao.evaluation.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A measure a framework document defines as an expression over named quantities and other measures, e.g.
 * 预算调整率 = {@code (adjustedBudget - initialBudget) / initialBudget * 100}.
 *
 * @param id how rules and other expressions name it: letters, digits and underscores, not starting with a digit
 * @param unit written after its value in explanations; {@code %} when absent
 */
public record MeasureDefinition(String id, String name, String expression,
        @JsonInclude(JsonInclude.Include.NON_NULL) String unit) {
}
