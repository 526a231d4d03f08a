package cn.jixiao.evaluation.scoring;

/**
 * One reason a framework document or a self-assessment is refused.
 *
 * @param path where, e.g. {@code indicators[1].children[0].weight}; empty for the document as a whole
 * @param message in Chinese, for the person who wrote the input
 */
public record ValidationError(String path, Code code, String message) {

    public enum Code {
        MALFORMED,
        UNKNOWN_FIELD,
        INVALID_VALUE,
        REQUIRED,
        INVALID_SCALE,
        NEGATIVE_WEIGHT,
        WEIGHT_SUM,
        DUPLICATE_CODE,
        LEAF_WITHOUT_RULE,
        PARENT_WITH_RULE,
        UNKNOWN_RULE_KIND,
        UNKNOWN_MEASURE,
        GRADE_BANDS,
        BANDS,
        MILESTONES,
        BETTER_OF,
        UNKNOWN_INDICATOR,
        NOT_QUALITATIVE,
        LEVEL_RANGE,
        OUT_OF_RANGE,
        EXPRESSION_SYNTAX,
        UNKNOWN_QUANTITY,
        DIVISION_BY_ZERO,
        MEASURE_CYCLE,
        DUPLICATE_MEASURE,
        STEPS,
        ONE_OF,
        DUPLICATE_QUANTITY,
        FILTER_NOT_APPLICABLE,
        UNUSED_QUANTITY,
        SLOT,
        TOO_FEW,
        TOO_MANY
    }
}
