package cn.jixiao.budget.rest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Answers a request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json (the HTTP layer's own check, which runs next, would answer with an empty body), and a
 * {@code Content-Length} that is not a number with a 400 problem. The connection is closed, as the body is not read.
 * A chunked body over the limit is stopped while it is read and answered 413 by {@link ProblemMappers}.
 */
@Singleton
public class BodyLimit {

    /** Just before the HTTP layer's own limit check (order -2). */
    private static final int ORDER = -3;

    private final long limit;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            rc.next();
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            refuse(rc, 400, "http-400", "请求头 Content-Length 不正确", "请求头 Content-Length 不是合法的字节数，未保存任何数据。");
            return;
        }
        if (bytes > limit) {
            refuse(rc, 413, "http-413", "请求体过大", "请求体为 " + bytes + " 字节，超过上限 " + limit
                    + " 字节（约 " + limit / (1024 * 1024) + " MB），未保存任何数据。批量请求请拆分后提交（每批最多 5,000 条）。");
            return;
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, int status, String type, String title, String detail) {
        String body = "{\"type\":\"urn:jixiao:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + jsonEscape(rc.request().path()) + "\"}";
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> {
                    if (rc.request().connection() != null) {
                        rc.request().connection().close();
                    }
                })
                .end(body);
    }

    private static String jsonEscape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
