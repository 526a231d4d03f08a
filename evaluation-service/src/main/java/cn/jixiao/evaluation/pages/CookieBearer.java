package cn.jixiao.evaluation.pages;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets browsers authenticate to the pages with the {@code jixiao_token} cookie. Authentication is proactive in this
 * service, so the cookie becomes an {@code Authorization: Bearer} header in an HTTP filter that runs before Quarkus'
 * authentication filter; the token is then verified exactly like an API caller's. A header that is already there wins.
 */
@ApplicationScoped
class CookieBearer {

    /** Quarkus' authentication filter has priority 200; a higher priority runs earlier. */
    private static final int BEFORE_AUTHENTICATION = 250;

    void copyCookie(@Observes Filters filters) {
        filters.register(this::copyCookie, BEFORE_AUTHENTICATION);
    }

    void loginOnFailure(@Observes Router router) {
        router.route(PageCookie.PATH + "/*").failureHandler(this::toLogin);
    }

    private void copyCookie(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith(PageCookie.HOME) && !path.startsWith(PageCookie.LOGIN)
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            Cookie cookie = context.request().getCookie(PageCookie.NAME);
            if (cookie != null && !cookie.getValue().isBlank()) {
                context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + cookie.getValue());
            }
        }
        context.next();
    }

    /** An expired or forged token fails before any page runs: back to the login page, without the cookie. */
    private void toLogin(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().headWritten()) {
            context.next();
            return;
        }
        String next = PageCookie.safeNext(context.request().uri());
        context.response().headers().remove("WWW-Authenticate");
        context.response().addCookie(Cookie.cookie(PageCookie.NAME, "").setPath(PageCookie.PATH).setMaxAge(0)
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
        context.response().setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, PageCookie.loginFor(next) + "&expired=true")
                .end();
    }
}
