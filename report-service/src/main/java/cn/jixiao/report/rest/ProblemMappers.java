package cn.jixiao.report.rest;

import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.report.api.Problem;
import cn.jixiao.report.api.ReportRefused;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every refusal leaves as {@code application/problem+json} (RFC 9457) with a Chinese detail. The JSON parser's own
 * (English) messages are never passed on: a malformed body is described by the field's path and a Chinese message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:jixiao:problem:";

    @ServerExceptionMapper
    public Response refused(ReportRefused e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(400, "malformed", "请求体格式不正确", "请求体不是合法的 JSON，或字段类型不正确，未保存任何数据。", uri,
                List.of(fieldError(e)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "无权访问", "当前令牌的角色或所属单位无权访问该资源（部门只能访问本单位数据）。", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "未认证", "请求须携带有效的 Bearer 令牌。", uri, null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "资源不存在", e.getMessage() == null ? "资源不存在。" : e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        return problem(status, "http-" + status, "请求无法处理", "请求无法处理（HTTP " + status + "）。", uri, null);
    }

    /** Anything unforeseen: logged with its cause, answered without internals. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        LOG.errorf(e, "unexpected failure on %s", uri == null ? "?" : uri.getPath());
        return problem(500, "internal", "服务内部错误", "服务内部错误，请求未完成，未保存任何数据。请稍后重试或联系管理员。", uri, null);
    }

    /** What is wrong with the body, in Chinese: the field's path (if any), a code, a message. */
    static Problem.FieldError fieldError(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(path(unknown), "UNKNOWN_FIELD",
                    "不认识的字段 " + unknown.getPropertyName() + "，可用字段：" + unknown.getKnownPropertyIds());
        }
        if (e instanceof JsonMappingException mapping && !(mapping.getPath().isEmpty())) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            String code = e instanceof InvalidFormatException format && format.getValue() instanceof String
                    && target == LocalDate.class ? "INVALID_FORMAT" : "WRONG_TYPE";
            return new Problem.FieldError(path(mapping), code, "字段类型或格式不正确：应为" + expected(target));
        }
        if (e instanceof JsonMappingException) {
            return new Problem.FieldError(null, "WRONG_TYPE", "请求体应为一个 JSON 对象");
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String field = currentName(e);
        if (message.startsWith("Duplicate field")) {
            return new Problem.FieldError(field, "DUPLICATE_FIELD", "字段 " + field + " 在请求体中重复出现");
        }
        if (e instanceof InputCoercionException) {
            return new Problem.FieldError(field, "OUT_OF_RANGE", "数值超出允许范围");
        }
        if (e instanceof StreamConstraintsException) {
            return new Problem.FieldError(field, "TOO_COMPLEX", "请求体嵌套过深或数值、文本过长");
        }
        String where = e.getLocation() == null ? ""
                : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列附近）";
        return new Problem.FieldError(field, "MALFORMED", "请求体不是合法的 JSON" + where);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "正确的类型";
        }
        if (target == String.class) {
            return "字符串";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "整数";
        }
        if (target == LocalDate.class) {
            return "YYYY-MM-DD 格式的有效日期字符串";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true 或 false";
        }
        return "JSON 对象";
    }

    /** The field's path as written in the body: {@code filledOn}, {@code items[2].name}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String currentName(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            try {
                return parser.currentName();
            } catch (java.io.IOException | RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
