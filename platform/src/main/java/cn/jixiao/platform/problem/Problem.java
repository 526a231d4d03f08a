package cn.jixiao.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json} by every service. {@code type} is
 * {@code urn:jixiao:problem:<kind>}; {@code errors} lists what was wrong, field by field (docs/api.md, "Errors").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:jixiao:problem:";
}
