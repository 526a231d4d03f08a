package cn.jixiao.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason a request was refused. {@code index} is the position of the item in the request's {@code items} array
 * (absent when the request is not a batch); {@code field} the path of the value inside the item or the body (null when
 * the whole body is at fault); {@code code} machine-readable ({@link ErrorCodes} and each service's own); {@code
 * message} in Chinese.
 */
public record FieldError(@JsonInclude(JsonInclude.Include.NON_NULL) Integer index, String field, String code,
        String message) {

    /** An error outside any batch item. */
    public FieldError(String field, String code, String message) {
        this(null, field, code, message);
    }
}
