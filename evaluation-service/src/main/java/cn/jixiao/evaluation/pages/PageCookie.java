package cn.jixiao.evaluation.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The browser's copy of the bearer token: cookie {@code jixiao_token}, HttpOnly, sent only to the pages. */
final class PageCookie {

    static final String NAME = "jixiao_token";
    static final String PATH = "/pages";
    static final String LOGIN = "/pages/login";
    static final String HOME = "/pages/";
    private static final int MAX_NEXT = 2000;
    private static final Pattern LOCAL_TARGET = Pattern.compile(
            "/pages/(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

    private PageCookie() {
    }

    /** A session cookie: it goes when the browser closes, and the token's own expiry still applies. */
    static NewCookie holding(String token, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * Only a path of these pages is followed after login: anything else would make the login an open redirect. The
     * path must start with {@code /pages/} (so with a single slash: never {@code //host} or {@code /\\host}), hold only
     * the characters of a URI path and query (RFC 3986: letters, digits, {@code -._~!$&'()*+,;=:@/?} and valid
     * percent-escapes, nothing else: no space, {@code <}, {@code "}, {@code {}, {@code |}, control character or
     * non-ASCII letter) and no {@code ..}; otherwise the start page is used.
     */
    static String safeNext(String next) {
        boolean local = next != null && next.length() <= MAX_NEXT && LOCAL_TARGET.matcher(next).matches()
                && !next.contains("//") && !next.contains("..");
        return local ? next : HOME;
    }

    /**
     * A 303 to a path of this origin, as a relative {@code Location}: never made absolute from the request's
     * {@code Host} header, which the client chooses.
     */
    static Response.ResponseBuilder seeOther(String localPath) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, localPath);
    }

    static String loginFor(String next) {
        return LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** One path segment, percent-encoded (agency codes are taken as given by the API). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
