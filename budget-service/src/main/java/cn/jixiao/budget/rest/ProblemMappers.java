package cn.jixiao.budget.rest;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.budget.api.FieldError;
import cn.jixiao.budget.api.Problem;
import cn.jixiao.budget.config.StrictTypes;
import cn.jixiao.budget.security.MalformedAgencyClaim;
import cn.jixiao.budget.service.ErrorCode;
import cn.jixiao.budget.service.LedgerRejection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every refusal leaves as {@code application/problem+json} (RFC 9457) with a Chinese detail. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:jixiao:problem:";
    /** Seconds a client should wait before resending after a 503; the lock wait limit is 5 s (lock_timeout). */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper
    public Response rejected(LedgerRejection e, UriInfo uri) {
        String type = switch (e.status()) {
            case 409 -> "conflict";
            case 400 -> "invalid-parameter";
            default -> "validation";
        };
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
    public Response forbiddenCharacter(StrictTypes.ForbiddenCharacterException e, UriInfo uri) {
        FieldError error = at(e, ErrorCode.INVALID_CHARACTER, String.format(
                "含有不允许的字符 U+%04X（NUL 等控制字符或不成对的代理字符）", e.codePoint()));
        String where = error.field() == null ? "请求体" : "字段 " + error.field();
        return problem(400, "malformed", "请求体含有不允许的字符", where + " 含有不允许的字符，未保存任何数据。", uri,
                List.of(error));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            FieldError error = duplicateAt(e, duplicate);
            return problem(400, "malformed", "请求体包含重复的字段", "请求体中字段 " + duplicate + " 出现了不止一次，未保存任何数据。",
                    uri, List.of(error));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getCause() instanceof InputCoercionException) {
            FieldError error = at(mapping, ErrorCode.INVALID_TYPE, "字段类型或格式不正确（例如数值超出范围）");
            String where = error.field() == null ? "请求体" : "字段 " + error.field();
            return problem(400, "malformed", "请求体格式不正确", where + " 的类型或格式不正确，未保存任何数据。", uri,
                    List.of(error));
        }
        String location = e.getLocation() == null ? ""
                : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
        return problem(400, "malformed", "请求体不是合法的 JSON", "请求体不是合法的 JSON" + location + "，未保存任何数据。", uri,
                List.of(new FieldError(null, null, ErrorCode.MALFORMED, "JSON 语法错误" + location)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (e instanceof MalformedAgencyClaim) {
            return problem(403, "forbidden", "无权访问",
                    "部门令牌中的预算单位编码（agencyCode）缺失或格式不正确（应为 3–32 位字母或数字的字符串），无法确定可访问的单位。", uri, null);
        }
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
            if (json instanceof StrictTypes.ForbiddenCharacterException forbidden) {
                return forbiddenCharacter(forbidden, uri);
            }
            return json instanceof MismatchedInputException mismatch && duplicateKey(json) == null
                    ? wrongType(mismatch, uri) : malformed(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri, null);
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

    /**
     * Everything else. A database that is busy (a lock wait or statement over its timeout, a serialisation failure,
     * no connection) is a 503 with {@code Retry-After}: nothing was stored and the same request may be sent again. A
     * value the database refuses as data (SQLSTATE class 22) is bad input that slipped past validation: 400. Anything
     * else is a 500, still as problem+json.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, ContainerRequestContext request) {
        String state = sqlState(e);
        boolean read = request != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        String retry = read ? "请稍后重试。" : "本次未保存任何数据，请稍后使用相同的幂等键重新提交同一请求。";
        if ("55P03".equals(state)) {
            LOG.warnf("lock wait timed out (%s): %s", state, uri == null ? "" : uri.getPath());
            return busy("lock-timeout", "账目正忙", "同一预算单位的账目正被另一请求写入，等待超时。" + retry, uri);
        }
        if ("57014".equals(state)) {
            LOG.warnf("statement timed out (%s): %s", state, uri == null ? "" : uri.getPath());
            return busy("statement-timeout", "处理超时", "数据库处理超时。" + retry, uri);
        }
        if (state != null && (state.equals("40001") || state.equals("40P01") || state.startsWith("08")
                || state.startsWith("53") || state.startsWith("57P")) || connectionUnavailable(e)) {
            LOG.warnf("database busy or unreachable (%s): %s", state, e.toString());
            return busy("busy", "服务暂时繁忙", "数据库暂时繁忙或不可用。" + retry, uri);
        }
        if (state != null && state.startsWith("22")) {
            LOG.warnf("the database refused a value that validation let through (%s): %s", state, e.toString());
            return problem(400, "invalid-data", "请求中有不被接受的数据",
                    "请求中有值不被账簿数据库接受（如超长文本、非法字符或超出范围的日期），未保存任何数据。", uri, null);
        }
        LOG.errorf(e, "unexpected failure of %s", uri == null ? "" : uri.getPath());
        return problem(500, "internal", "服务器内部错误", "服务器处理请求时发生意外错误，请稍后重试；如持续出现请联系运维人员。", uri, null);
    }

    private static Response busy(String type, String title, String detail, UriInfo uri) {
        return Response.fromResponse(problem(503, type, title, detail, uri, null))
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    /** The SQLSTATE of the first SQLException in the cause chain, or null. */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Agroal's pool gave no connection in time (its SQLException has no SQLSTATE). */
    private static boolean connectionUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The name of a key found twice in one JSON object (Jackson's STRICT_DUPLICATE_DETECTION), or null. */
    private static String duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getOriginalMessage() != null) {
                Matcher m = DUPLICATE.matcher(json.getOriginalMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** Where the repeated key is: the item index from the parser's position, e.g. /items/3 gives index 3. */
    private static FieldError duplicateAt(JsonProcessingException e, String name) {
        Integer index = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getProcessor() instanceof JsonParser parser) {
                JsonStreamContext context = parser.getParsingContext();
                for (JsonStreamContext c = context; c != null; c = c.getParent()) {
                    if (c.inArray() && c.getParent() != null && "items".equals(c.getParent().getCurrentName())) {
                        index = Math.max(c.getCurrentIndex(), 0);
                    }
                }
                break;
            }
        }
        return new FieldError(index, name, ErrorCode.MALFORMED, name + "：同一对象中字段重复出现，每个字段只能出现一次");
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
