package cn.jixiao.budget.pages;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.jixiao.budget.service.imports.SpreadsheetImports;
import cn.jixiao.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The page of recent spreadsheet imports with their progress, for the finance system's operators and the finance
 * bureau. Signed in like evaluation-service's pages: a bearer token, or the {@code jixiao_token} cookie that the login
 * at evaluation-service's {@code /pages/login} sets for {@code /pages} of the same host (PageCookieBearer).
 */
@Path("/pages/imports")
@Tag(name = "pages", description = "Server-rendered pages for people (HTML)")
@RolesAllowed({Roles.FINANCE_SYSTEM, Roles.FINANCE_BUREAU})
public class ImportPages {

    static final String HTML = "text/html;charset=UTF-8";
    private static final int SHOWN = 50;
    /** The page has no script, image, font or form of its own: only its inline style block. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance imports(ImportsPage page);

        static native TemplateInstance refusal(String title, String detail);
    }

    private final SpreadsheetImports imports;
    private final SecurityIdentity identity;

    ImportPages(SpreadsheetImports imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "The latest 50 imports, each with a progress bar; reloads while one runs (HTML)")
    public Response recent() {
        // the error sheets are the finance system's own download (GET /api/v1/imports/{id}/errors.xlsx)
        return page(Response.Status.OK, Templates.imports(ImportsPage.of(imports.recent(SHOWN),
                identity.hasRole(Roles.FINANCE_SYSTEM))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return page(Response.Status.UNAUTHORIZED, Templates.refusal("请先登录",
                "请先在绩效评分服务的登录页（/pages/login）登录，或在请求中携带访问令牌。"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Templates.refusal("无权访问", "导入进度仅限财政业务系统和财政局查看。"));
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render())
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
