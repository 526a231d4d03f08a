package cn.jixiao.evaluation.api;

/** One reason an input was refused: the field (or document path), a machine-readable code, a Chinese message. */
public record FieldError(String field, String code, String message) {
}
