package cn.jixiao.evaluation.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.NewCookie;

/** The browser's copy of the bearer token: cookie {@code jixiao_token}, HttpOnly, sent only to the pages. */
final class PageCookie {

    static final String NAME = "jixiao_token";
    static final String PATH = "/pages";
    static final String LOGIN = "/pages/login";
    static final String HOME = "/pages/";

    private PageCookie() {
    }

    /** A session cookie: it goes when the browser closes, and the token's own expiry still applies. */
    static NewCookie holding(String token, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Only a path of these pages is followed after login: anything else would make the login an open redirect. */
    static String safeNext(String next) {
        boolean local = next != null && next.startsWith(HOME) && !next.contains("//") && !next.contains("\\")
                && !next.contains("..") && next.chars().noneMatch(Character::isISOControl);
        return local ? next : HOME;
    }

    static String loginFor(String next) {
        return LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** One path segment, percent-encoded (agency codes are taken as given by the API). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
