package cn.jixiao.evaluation.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every HTTP exchange of the service goes through before any resource, page or authentication runs.
 *
 * <ul>
 * <li><b>Request targets</b>: a path or query holding a control character (NUL, CR, LF, … raw or percent-encoded), or
 * a percent-encoding that is not UTF-8, is refused with 400 at once: a problem document for the API, a Chinese page
 * for {@code /pages/**}. Nothing downstream (PostgreSQL refuses NUL; headers and pages must not carry CR/LF) sees
 * it.</li>
 * <li><b>Response headers</b>, added when the headers are written so that every response has them, including
 * redirects and refusals written by filters: {@code X-Content-Type-Options: nosniff} on all; on the pages (and any
 * other HTML outside {@code /q/}) also a {@code Content-Security-Policy} that allows scripts, styles, images and event
 * streams from this origin only and no framing, {@code X-Frame-Options: DENY} and
 * {@code Referrer-Policy: no-referrer}.</li>
 * </ul>
 * A route filter rather than {@code quarkus.http.header.*} configuration, because the header must also be on responses
 * that end before the configured header routes run (the login redirect of an expired cookie, the refusals below).
 */
@ApplicationScoped
public class HttpHardening {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Before everything else: Quarkus' authentication filter has priority 200, {@code CookieBearer} 250. */
    private static final int FIRST = 1000;
    private static final String PAGES = "/pages";

    void register(@Observes Filters filters) {
        filters.register(this::harden, FIRST);
    }

    private void harden(RoutingContext context) {
        String rawPath = context.request().path();
        boolean page = rawPath != null && (rawPath.equals(PAGES) || rawPath.startsWith(PAGES + "/"));
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> securityHeaders(response, page, rawPath));
        if (!cleanTarget(context.request().uri())) {
            refuse(context, page);
            return;
        }
        context.next();
    }

    private static void securityHeaders(HttpServerResponse response, boolean page, String path) {
        response.headers().set("X-Content-Type-Options", "nosniff");
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        boolean html = type != null && type.toLowerCase().startsWith("text/html");
        if (page || (html && (path == null || !path.startsWith("/q/")))) {
            response.headers().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.headers().set("X-Frame-Options", "DENY");
            response.headers().set("Referrer-Policy", "no-referrer");
        }
    }

    /** True when the request target has no control character, raw or encoded, and every escape decodes as UTF-8. */
    static boolean cleanTarget(String uri) {
        if (uri == null) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(uri.length() * 3);
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length()) {
                    return false;
                }
                int high = Character.digit(uri.charAt(i + 1), 16);
                int low = Character.digit(uri.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                int b = high * 16 + low;
                if (b < 0x20 || b == 0x7f) {
                    return false;
                }
                bytes.put((byte) b);
                i += 2;
            } else if (c < 0x20 || c == 0x7f) {
                return false;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, boolean page) {
        HttpServerResponse response = context.response().setStatusCode(400);
        if (page) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end("""
                    <!DOCTYPE html>
                    <html lang="zh-CN"><head><meta charset="utf-8"><title>请求无效 · 部门整体支出绩效自评</title>
                    <link rel="stylesheet" href="/pages/jixiao.css"></head>
                    <body><main><h1>请求无效</h1><p>网址中含有控制字符或无效的编码，无法处理。</p>
                    <p><a href="/pages/">返回首页</a></p></main></body></html>
                    """);
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").end("""
                    {"type":"urn:jixiao:problem:bad-parameter","title":"请求参数不正确","status":400,\
                    "detail":"网址的路径或查询参数中含有控制字符（如 NUL、回车、换行）或无效的编码，未保存任何数据。",\
                    "errors":[{"field":null,"code":"INVALID_CHARACTER","message":"路径或查询参数含有控制字符或无效的编码"}]}""");
        }
    }
}
