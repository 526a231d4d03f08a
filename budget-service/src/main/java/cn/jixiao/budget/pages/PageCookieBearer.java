package cn.jixiao.budget.pages;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browsers reach the imports page with the {@code jixiao_token} cookie that evaluation-service's page login sets for
 * the path {@code /pages} (a cookie is sent to every port of its host): on {@code /pages/} requests without an
 * {@code Authorization} header it becomes a bearer token, verified like any other. Nothing else reads the cookie.
 */
@ApplicationScoped
class PageCookieBearer {

    private static final String COOKIE = "jixiao_token";
    private static final String PAGES = "/pages/";
    /** Quarkus' authentication filter has priority 200; a higher priority runs earlier. */
    private static final int BEFORE_AUTHENTICATION = 250;

    void register(@Observes Filters filters) {
        filters.register(this::bearerFromCookie, BEFORE_AUTHENTICATION);
    }

    private void bearerFromCookie(RoutingContext context) {
        if (context.normalizedPath().startsWith(PAGES)
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            Cookie cookie = context.request().getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + cookie.getValue());
            }
        }
        context.next();
    }
}
