package cn.jixiao.evaluation.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

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
import jakarta.ws.rs.core.HttpHeaders;
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

    /** A compact JWS: three Base64URL parts; the signature is checked when the cookie is first used. */
    private static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final int MAX_TOKEN = 8192;

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
            @QueryParam("expired") String expired, UriInfo uri) {
        if (token != null && !token.isBlank()) {
            if (tokenLinks) {
                return signIn(token.strip(), next, uri);
            }
            return form(Response.Status.OK, next, "此环境不支持链接登录，请在下方粘贴令牌登录。");
        }
        return form(Response.Status.OK, next, "true".equals(expired) ? "登录已失效或令牌无效，请重新登录。" : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(ScorePages.HTML)
    @Operation(summary = "Signs in with a pasted token: sets the jixiao_token cookie and redirects")
    public Response submit(@FormParam("token") String token, @FormParam("next") String next, UriInfo uri,
            HttpHeaders headers) {
        if (crossSite(headers)) {
            return Response.status(Response.Status.FORBIDDEN).type(ScorePages.HTML)
                    .entity(ScorePages.Templates.refusal("拒绝跨站登录",
                            "登录请求来自其他网站，为防止跨站请求伪造，未登录。请在本系统的登录页面粘贴令牌登录。").render())
                    .build();
        }
        if (token == null || token.isBlank()) {
            return form(Response.Status.BAD_REQUEST, next, "请粘贴访问令牌。");
        }
        return signIn(token.strip(), next, uri);
    }

    private static Response signIn(String token, String next, UriInfo uri) {
        if (token.length() > MAX_TOKEN || !COMPACT_JWT.matcher(token).matches()) {
            return form(Response.Status.BAD_REQUEST, next, "令牌格式不正确：应为统一身份认证签发的 JWT（三段 Base64URL 文本，以 . 分隔）。");
        }
        return PageCookie.seeOther(PageCookie.safeNext(next))
                .cookie(PageCookie.holding(token, "https".equals(uri.getRequestUri().getScheme())))
                .build();
    }

    /**
     * Login CSRF: a form posted from another site would sign the browser in with the attacker's token. A browser
     * names the posting page's origin in {@code Origin} (or, when it sends none, in {@code Referer}); either must be
     * this host (the {@code Host} header, which a browser sets and a page cannot choose). A request with neither
     * header (curl, scripts) is not a browser's cross-site post and is let through; {@code Origin: null} (sandboxed
     * frames, some redirects) is refused.
     */
    static boolean crossSite(HttpHeaders headers) {
        String host = headers.getHeaderString(HttpHeaders.HOST);
        String origin = headers.getHeaderString("Origin");
        if (origin != null) {
            return !sameHost(origin, host);
        }
        String referer = headers.getHeaderString("Referer");
        return referer != null && !sameHost(referer, host);
    }

    private static boolean sameHost(String url, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (uri.getRawAuthority() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return false;
            }
            return uri.getRawAuthority().equalsIgnoreCase(host.strip()) || (uri.getPort() == -1
                    && withDefaultPort(uri.getRawAuthority(), scheme).equalsIgnoreCase(host.strip()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withDefaultPort(String authority, String scheme) {
        return authority + ("https".equalsIgnoreCase(scheme) ? ":443" : ":80");
    }

    private static Response form(Response.Status status, String next, String message) {
        return Response.status(status).type(ScorePages.HTML)
                .entity(Templates.login(PageCookie.safeNext(next), message).render()).build();
    }
}
