package cn.jixiao.evaluation.rest;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.evaluation.api.FieldError;
import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.api.Problem;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every refusal leaves as {@code application/problem+json} (RFC 9457) with a Chinese detail. */
public class ProblemMappers {

    private static final String TYPE = "urn:jixiao:problem:";

    @ServerExceptionMapper
    public Response rejected(InputRejected e, UriInfo uri) {
        if (e.status() == 400) {
            return problem(400, "bad-parameter", "请求参数不正确", e.getMessage(), uri, e.errors());
        }
        return problem(e.status(), e.status() == 409 ? "conflict" : "validation", "提交的内容未通过校验", e.getMessage(),
                uri, e.errors());
    }

    /** More specific than Quarkus' own mapper for this type, so that wrong types get a problem document too. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = field(e);
        String subject = field == null ? "请求体" : "字段 " + field;
        String code = "MALFORMED";
        String message = "无法解析" + subject;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                code = "UNKNOWN_FIELD";
                message = "未知字段 " + unknown.getPropertyName() + "，请按接口文档提交";
                field = field == null ? unknown.getPropertyName() : field;
                break;
            }
            if (t instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                code = "CONTROL_CHARACTER";
                message = subject + " 含有控制字符（如 NUL）或无效的 Unicode 字符";
                break;
            }
            if (t instanceof InputCoercionException) {
                code = "OUT_OF_RANGE";
                message = subject + " 的数值超出允许范围";
                break;
            }
            if (t instanceof StreamConstraintsException) {
                code = "TOO_LARGE";
                message = "请求体嵌套过深或数值过长";
                break;
            }
            if (t instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                code = "WRONG_TYPE";
                message = subject + " 的类型不正确，应为" + kind(mismatch.getTargetType());
                break;
            }
            if (t instanceof StreamReadException read && read.getMessage() != null
                    && read.getMessage().startsWith("Duplicate field")) {
                code = "DUPLICATE_FIELD";
                String name = duplicated(read.getMessage());
                field = field == null ? name : field + "." + name;
                message = "字段 " + name + " 重复出现";
                break;
            }
        }
        return problem(400, "malformed", "请求体格式不正确", "请求体不是合法的 JSON，或字段类型不正确，未保存任何数据。", uri,
                List.of(new FieldError(field, code, message)));
    }

    /** The JSON path of the offending value, as validation errors name it: {@code items[0].targetValue}. */
    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    if (ref.getFieldName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "整数（不带小数）";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "数字（不加引号）";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true 或 false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }

    private static String duplicated(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? message.substring(start + 1, end) : null;
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

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
