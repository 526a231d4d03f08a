package cn.jixiao.budget.rest;

import java.util.List;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.budget.api.FieldError;
import cn.jixiao.budget.api.Problem;
import cn.jixiao.budget.service.ErrorCode;
import cn.jixiao.budget.service.LedgerRejection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every refusal leaves as {@code application/problem+json} (RFC 9457) with a Chinese detail. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:jixiao:problem:";

    @ServerExceptionMapper
    public Response rejected(LedgerRejection e, UriInfo uri) {
        String type = e.status() == 409 ? "conflict" : "validation";
        return problem(e.status(), type, e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        FieldError error = at(e, ErrorCode.UNKNOWN_FIELD, "未知字段 " + e.getPropertyName() + "，请检查字段名");
        return problem(400, "malformed", "请求体包含未知字段", "请求体包含未知字段 " + e.getPropertyName() + "，未保存任何数据。",
                uri, List.of(error));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        FieldError error = at(e, ErrorCode.INVALID_TYPE, "字段类型或格式不正确" + expected(e));
        String where = error.field() == null ? "请求体" : "字段 " + error.field();
        return problem(400, "malformed", "请求体格式不正确", where + " 的类型或格式不正确，未保存任何数据。", uri, List.of(error));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String location = e.getLocation() == null ? ""
                : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
        return problem(400, "malformed", "请求体不是合法的 JSON", "请求体不是合法的 JSON" + location + "，未保存任何数据。", uri,
                List.of(new FieldError(null, null, ErrorCode.MALFORMED, "JSON 语法错误" + location)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "无权访问", "当前令牌的角色或所属单位无权访问该资源（部门只能访问本单位数据）。", uri, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "未认证", "请求须携带有效的 Bearer 令牌。", uri, null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response concurrent(ConstraintViolationException e, UriInfo uri) {
        LOG.infof("concurrent write refused: %s", e.getConstraintName());
        return problem(409, "concurrent-write", "并发写入冲突", "同一记录正被另一请求同时写入，本次未保存任何数据，请重试。", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch ? wrongType(mismatch, uri) : malformed(json, uri);
        }
        String title = switch (status) {
            case 404 -> "资源不存在";
            case 405 -> "不支持的请求方法";
            case 406 -> "不支持的响应格式";
            case 413 -> "请求体过大";
            case 415 -> "不支持的请求体类型，请使用 application/json";
            default -> "请求无法处理";
        };
        return problem(status, "http-" + status, title, title + "。", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Points at the offending field: {@code items[3].amount} becomes index 3, field amount. */
    private static FieldError at(JsonMappingException e, String code, String message) {
        Integer index = null;
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if ("items".equals(ref.getFieldName()) && field.isEmpty()) {
                    continue;
                }
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && index == null && field.isEmpty()) {
                index = ref.getIndex();
            }
        }
        String name = field.isEmpty() ? null : field.toString();
        return new FieldError(index, name, code, (name == null ? "" : name + "：") + message);
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "";
        }
        return switch (target.getSimpleName()) {
            case "Integer", "int" -> "，应为整数";
            case "BigDecimal" -> "，应为金额数字（元，最多两位小数）";
            case "LocalDate" -> "，应为日期 YYYY-MM-DD";
            case "String" -> "，应为字符串";
            case "List" -> "，应为数组";
            default -> "";
        };
    }
}
