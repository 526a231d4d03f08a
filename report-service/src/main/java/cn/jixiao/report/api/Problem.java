package cn.jixiao.report.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One reason a request was refused: field, machine-readable code, Chinese message. */
    public record FieldError(String field, String code, String message) {
    }
}
