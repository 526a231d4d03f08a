package cn.jixiao.budget.api;

/** One reason a request was refused: item index in a batch (null for a single item), field, code, Chinese message. */
public record FieldError(Integer index, String field, String code, String message) {
}
