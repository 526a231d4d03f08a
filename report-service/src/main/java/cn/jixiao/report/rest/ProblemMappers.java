package cn.jixiao.report.rest;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.jixiao.report.api.Problem;
import cn.jixiao.report.api.ReportRefused;
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
                List.of(new Problem.FieldError(null, "MALFORMED", e.getOriginalMessage())));
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

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
