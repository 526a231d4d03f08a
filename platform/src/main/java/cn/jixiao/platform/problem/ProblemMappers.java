package cn.jixiao.platform.problem;

import java.io.IOException;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.platform.security.MalformedAgencyClaim;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every refusal of every service leaves as {@code application/problem+json} (RFC 9457) with a Chinese title and
 * detail; nothing of a refused request is stored, and no internal message (parser, database, framework) is passed on.
 */
public class ProblemMappers {

    /** Seconds a client should wait before resending after a 503. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** Registered per type: Quarkus' own mappers for these Jackson exceptions would otherwise be nearer. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        JsonProblems.Unreadable body = JsonProblems.describe(e);
        return problem(400, "malformed", body.title(), body.detail(), uri, List.of(body.error()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (e instanceof MalformedAgencyClaim) {
            return problem(403, "forbidden", "无权访问", "部门令牌中的预算单位编码（agencyCode）缺失或格式不正确"
                    + "（应为 3–32 位字母或数字的字符串），无法确定可访问的单位。", uri, null);
        }
        return problem(403, "forbidden", "无权访问", "当前令牌的角色或所属单位无权访问该资源（部门只能访问本单位数据）。", uri, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "未认证", "请求须携带有效的 Bearer 令牌。", uri, null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A unique key taken by a concurrent request between this request's checks and its insert. */
    @ServerExceptionMapper
    public Response concurrent(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("concurrent write refused: %s", e.getConstraintName());
        return problem(409, "concurrent-write", "并发写入冲突", "同一记录正被另一请求同时写入，本次未保存任何数据，请重试。", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, request);
        }
        String title = switch (status) {
            case 404 -> "资源不存在";
            case 405 -> "不支持的请求方法";
            case 406 -> "不支持的响应格式";
            case 413 -> "请求体过大";
            case 415 -> "不支持的请求体类型";
            default -> "请求无法处理";
        };
        return problem(status, "http-" + status, title, title + "（HTTP " + status + "）。", uri, null);
    }

    /**
     * Everything else. A database that is busy (a lock wait or statement over its timeout, a serialisation failure,
     * no connection) is a 503 with {@code Retry-After}: nothing was stored and the same request may be sent again. A
     * value the database refuses as data is bad input that slipped past validation: 400. Anything else is a 500,
     * logged with its cause.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (bodyReadTimedOut(e)) {
            LOG.infof("request body not received in time: %s", uri == null ? "" : uri.getPath());
            return problem(408, "request-timeout", "请求体接收超时", "请求体未在规定时间内传完，未保存任何数据。", uri, null);
        }
        boolean read = request != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        String retry = read ? "请稍后重试。" : "本次未保存任何数据，请稍后重新提交同一请求。";
        String path = uri == null ? "" : uri.getPath();
        switch (DatabaseFailures.of(e)) {
            case LOCK_TIMEOUT -> {
                LOG.warnf("lock wait timed out: %s", path);
                return busy("lock-timeout", "数据正忙", "同一单位的数据正被另一请求写入，等待超时。" + retry, uri);
            }
            case STATEMENT_TIMEOUT -> {
                LOG.warnf("statement timed out: %s", path);
                return busy("statement-timeout", "处理超时", "数据库处理超时。" + retry, uri);
            }
            case BUSY -> {
                LOG.warnf("database busy or unreachable: %s", e.toString());
                return busy("busy", "服务暂时繁忙", "数据库暂时繁忙或不可用。" + retry, uri);
            }
            case INVALID_DATA -> {
                LOG.warnf("the database refused a value that validation let through: %s", e.toString());
                return problem(400, "invalid-data", "请求中有不被接受的数据",
                        "请求中有值不被数据库接受（如超长文本、非法字符或超出范围的日期），未保存任何数据。", uri, null);
            }
            default -> {
                LOG.errorf(e, "unexpected failure of %s", path);
                return problem(500, "internal", "服务器内部错误",
                        "服务器处理请求时发生意外错误，请求未完成，未保存任何数据。请稍后重试；如持续出现请联系运维人员。", uri, null);
            }
        }
    }

    /** The HTTP layer gave up waiting for the rest of a slow or stalled client's body (quarkus.http.read-timeout). */
    private static boolean bodyReadTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && "Read timed out".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static Response busy(String type, String title, String detail, UriInfo uri) {
        return Response.fromResponse(problem(503, type, title, detail, uri, null))
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    /** A problem response; services use it where they answer a problem outside an exception (e.g. a filter). */
    public static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_PREFIX + type, title, status, detail, uri == null ? null : uri.getPath(),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
