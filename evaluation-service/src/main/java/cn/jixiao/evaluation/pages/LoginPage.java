package cn.jixiao.evaluation.pages;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Signing in to the pages: the user pastes the bearer token the identity provider issued, and the browser keeps it in
 * the {@code jixiao_token} cookie. The token is checked on the next page like any bearer token.
 */
@Path("/pages/login")
@Tag(name = "pages", description = "Server-rendered pages for people (HTML)")
public class LoginPage {

    private final boolean tokenLinks;

    LoginPage(@ConfigProperty(name = "jixiao.pages.token-links", defaultValue = "false") boolean tokenLinks) {
        this.tokenLinks = tokenLinks;
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance login(String next, String message);
    }

    /**
     * The form; or, with {@code token}, signs in at once and goes on to {@code next}. The link form exists for local
     * demos and tests only (a token in a URL ends up in the browser history and in logs): it is off unless
     * {@code jixiao.pages.token-links=true}, which the local run and the tests set.
     */
    @GET
    @Produces(ScorePages.HTML)
    @Operation(summary = "The login form; with ?token=…&next=… (local use) it signs in and redirects")
    public Response form(@QueryParam("token") String token, @QueryParam("next") String next,
            @QueryParam("expired") boolean expired, UriInfo uri) {
        if (token != null && !token.isBlank()) {
            if (tokenLinks) {
                return signIn(token.strip(), next, uri);
            }
            return form(Response.Status.OK, next, "此环境不支持链接登录，请在下方粘贴令牌登录。");
        }
        return form(Response.Status.OK, next, expired ? "登录已失效或令牌无效，请重新登录。" : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(ScorePages.HTML)
    @Operation(summary = "Signs in with a pasted token: sets the jixiao_token cookie and redirects")
    public Response submit(@FormParam("token") String token, @FormParam("next") String next, UriInfo uri) {
        if (token == null || token.isBlank()) {
            return form(Response.Status.BAD_REQUEST, next, "请粘贴访问令牌。");
        }
        return signIn(token.strip(), next, uri);
    }

    private static Response signIn(String token, String next, UriInfo uri) {
        return Response.seeOther(URI.create(PageCookie.safeNext(next)))
                .cookie(PageCookie.holding(token, "https".equals(uri.getRequestUri().getScheme())))
                .build();
    }

    private static Response form(Response.Status status, String next, String message) {
        return Response.status(status).type(ScorePages.HTML)
                .entity(Templates.login(PageCookie.safeNext(next), message).render()).build();
    }
}
