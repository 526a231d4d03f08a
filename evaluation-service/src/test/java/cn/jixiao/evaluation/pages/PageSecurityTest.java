package cn.jixiao.evaluation.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The pages as a browser meets them: security headers, no cross-site login, relative redirects, safe next paths. */
@QuarkusTest
class PageSecurityTest {

    private static final String AGENCY = PageFixture.newCode("S", 9);
    private static final String PAGE = "/pages/agencies/" + AGENCY + "/years/2023";

    /** This service's own origin, as the browser names it for a page it loaded from here. */
    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void everyPageHasTheSecurityHeadersAndTheApiIsNotSniffed() {
        for (Response response : new Response[] {
                given().get("/pages/login"),
                given().auth().oauth2(PageFixture.BUREAU).get("/pages/"),
                given().redirects().follow(false).get(PAGE),
                given().auth().oauth2(PageFixture.department(PageFixture.newCode("T", 9))).get(PAGE)}) {
            response.then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
        String login = given().get("/pages/login").then().statusCode(200).extract().asString();
        assertFalse(login.contains("<script>"), "no inline script: the page script is /pages/jixiao.js");
        assertTrue(login.contains("<script src=\"/pages/jixiao.js\"></script>"));
        given().get("/pages/jixiao.js").then().statusCode(200).body(containsString("EventSource"));

        given().auth().oauth2(PageFixture.BUREAU).get("/api/v1/years/2023/scores").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/years/2023/scores").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aCrossSiteLoginIsRefusedAndSetsNoCookie() {
        String token = PageFixture.department(AGENCY);
        given().redirects().follow(false).header("Origin", "https://evil.example").formParam("token", token)
                .formParam("next", PAGE).post("/pages/login")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("拒绝跨站登录"))
                .header("Set-Cookie", nullValue());
        given().redirects().follow(false).header("Referer", "https://evil.example/form.html").formParam("token", token)
                .post("/pages/login").then().statusCode(403).header("Set-Cookie", nullValue());
        given().redirects().follow(false).header("Origin", "null").formParam("token", token)
                .post("/pages/login").then().statusCode(403).header("Set-Cookie", nullValue());

        given().redirects().follow(false).header("Origin", origin()).formParam("token", token).formParam("next", PAGE)
                .post("/pages/login").then().statusCode(303).header("Location", equalTo(PAGE))
                .header("Set-Cookie", startsWith("jixiao_token=" + token));
        given().redirects().follow(false).header("Referer", origin() + "/pages/login").formParam("token", token)
                .post("/pages/login").then().statusCode(303).header("Set-Cookie", startsWith("jixiao_token="));
    }

    @Test
    void redirectsAreRelativeAndNeverEchoTheHost() {
        given().redirects().follow(false).header("Host", "evil.example").get(PAGE + "?sort=total").then()
                .statusCode(303).header("Location", startsWith("/pages/login?next="))
                .header("Location", not(containsString("evil")));
        given().redirects().follow(false).header("Host", "evil.example").cookie("jixiao_token", "not-a-token")
                .get(PAGE).then().statusCode(303).header("Location", startsWith("/pages/login?next="))
                .header("Location", not(containsString("evil")));
        given().redirects().follow(false).header("Host", "evil.example").formParam("token", PageFixture.department(AGENCY))
                .formParam("next", PAGE).post("/pages/login").then().statusCode(303)
                .header("Location", equalTo(PAGE));
        given().redirects().follow(false).header("Host", "evil.example")
                .queryParam("token", PageFixture.department(AGENCY)).queryParam("next", "//evil.example/pages/")
                .get("/pages/login").then().statusCode(303).header("Location", equalTo("/pages/"));
    }

    @Test
    void anUnsafeNextIsDroppedAndABrokenTokenIsRefused() {
        for (String next : new String[] {"/pages/ x", "/pages/<b>", "/pages/\"x", "/pages/{x}", "/pages/a|b",
                "//evil.example/pages/", "/\\evil.example", "https://evil.example/pages/", "/pages/../q/health",
                "/pages/长"}) {
            String html = given().queryParam("next", next).get("/pages/login").then().statusCode(200)
                    .extract().asString();
            assertTrue(html.contains("<input type=\"hidden\" name=\"next\" value=\"/pages/\">"), next);
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("token", PageFixture.department(AGENCY)).formParam("next", next).post("/pages/login").then().statusCode(303).header("Location", equalTo("/pages/"));
        }
        given().redirects().follow(false).formParam("token", "eyJ.a.b\r\nSet-Cookie: x=1").post("/pages/login")
                .then().statusCode(400).contentType(containsString("text/html")).header("Set-Cookie", nullValue())
                .body(containsString("令牌格式不正确"));
        given().redirects().follow(false).urlEncodingEnabled(false).get("/pages/login?token=a.b.c%0d%0aX:1")
                .then().statusCode(400).contentType(containsString("text/html")).header("Set-Cookie", nullValue());
        String kept = "/pages/years/2023/regions/441422?sort=total&order=asc";
        assertEquals(kept, URI.create(given().redirects().follow(false).formParam("token", PageFixture.BUREAU)
                .formParam("next", kept).post("/pages/login").header("Location")).toString());
    }

    @Test
    void controlCharactersNeverReachAPage() {
        given().urlEncodingEnabled(false).auth().oauth2(PageFixture.BUREAU).get("/pages/agencies/A%01B/years/2023")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("控制字符"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        assertEquals("a\uFFFDb\uFFFD\tc\n", HtmlText.clean("a\u0000b\u001b\tc\n"));
        assertEquals("x\uFFFDy", HtmlText.clean("x\ud800y"));
        assertEquals("😀", HtmlText.clean("😀"));
    }

    /**
     * quarkus.http.read-timeout / idle-timeout: a client that sends headers and part of a body, then nothing, is
     * disconnected by the server (about 10 s: quarkus.http.read-timeout).
     */
    @Test
    void aStalledClientIsDisconnected() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/agencies/" + AGENCY + "/years/2023/department-inputs HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + PageFixture.department(AGENCY) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"keyTasks")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() != -1) {
                // whatever the server answers before it closes
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            System.out.println("PageSecurityTest: stalled client disconnected after " + seconds + " s");
            assertTrue(seconds <= 35, "disconnected after " + seconds + " s");
        }
    }
}
