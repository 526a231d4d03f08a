package cn.jixiao.report.rest;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser hardening on every response, whatever produced it (resources, problem mappers, the framework's own 404s):
 * {@code nosniff}, no referrer, no framing. HTML, that is the report's renderings (live and published), also gets a
 * Content-Security-Policy that allows nothing but the page's own inline style sheet: the page has no script, no image,
 * no font, no form. JSON and Word files get {@code default-src 'none'}. Under {@code /q/} (Swagger UI) only the
 * framing and sniffing headers are set, as that page runs its own scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    private static void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        String path = context.request().path();
        if (path != null && path.startsWith("/q/")) {
            return;
        }
        String type = headers.get("Content-Type");
        boolean html = type != null && type.toLowerCase().startsWith("text/html");
        headers.set("Content-Security-Policy", html ? HTML_POLICY : OTHER_POLICY);
    }
}
