package cn.jixiao.evaluation.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.evaluation.ledger.RebuildJob;
import cn.jixiao.evaluation.ledger.RebuildProgress;
import cn.jixiao.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The pages show what the API serves, to whom the API would serve it, and send people without a token to login. */
@QuarkusTest
class ScorePagesTest {

    private static final String REGION = PageFixture.newCode("8", 5);
    private static final String AGENCY = PageFixture.newCode("P", 9);
    private static final String OTHER = PageFixture.newCode("Q", 9);
    private static final String PAGE = "/pages/agencies/" + AGENCY + "/years/2023";
    private static final String OVERVIEW = "/pages/years/2023/regions/" + REGION;

    private static boolean created;

    /** Once per class, but only once Quarkus has configured RestAssured (it has not in a static @BeforeAll). */
    @BeforeEach
    void twoAgenciesInARegion() {
        if (!created) {
            PageFixture.agency(AGENCY, "页面测试<b>单位</b>", REGION, 0);
            PageFixture.agency(OTHER, "另一单位", REGION, 3);
            created = true;
        }
    }

    @Test
    void theDepartmentPageShowsTheApiFigures() {
        JsonNode api = PageFixture.scores(AGENCY);
        JsonNode summary = PageFixture.summary(REGION, AGENCY);
        PageHtml page = new PageHtml(given().auth().oauth2(PageFixture.department(AGENCY)).get(PAGE)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString());

        assertEquals(api.get("total").decimalValue().setScale(2).toPlainString(), page.byId("total"));
        assertEquals(api.get("grade").asText(), page.byId("grade"));
        assertEquals(summary.get("executionRate").decimalValue().setScale(2).toPlainString() + "%",
                page.byId("execution-rate"));
        assertEquals(PageHtml.apiScores(api), page.indicatorScores());
        assertEquals(12, page.count("<circle class=\"month\""), "one point per month of a past year");
        assertEquals(4, page.count("<g class=\"milestone\">"));
        assertTrue(page.html().contains("12月末累计 65.00%"), "78,000 of 120,000 spent by the year's end");
        assertTrue(page.html().contains(
                "href=\"http://localhost:8083/api/v1/agencies/" + AGENCY + "/years/2023/report.html\""),
                page.html().substring(page.html().indexOf("<nav class=\"report\">")).substring(0, 300));
        assertTrue(page.html().contains("/years/2023/report.docx\""));
        assertTrue(page.html().contains("data-stream=\"" + PAGE + "/events\""));
    }

    @Test
    void everythingShownIsEscaped() {
        String html = given().auth().oauth2(PageFixture.BUREAU).get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(html.contains("页面测试&lt;b&gt;单位&lt;/b&gt;"));
        assertFalse(html.contains("<b>单位</b>"));
    }

    @Test
    void theOverviewListsTheRegionSortedAsAsked() {
        JsonNode summary = PageFixture.summary(REGION, OTHER);
        String html = given().auth().oauth2(PageFixture.BUREAU).queryParam("sort", "agencyCode")
                .queryParam("order", "asc").get(OVERVIEW).then().statusCode(200).extract().asString();

        assertTrue(html.indexOf("id=\"agency-" + AGENCY + "\"") < html.indexOf("id=\"agency-" + OTHER + "\""),
                "P… before Q… in ascending code order");
        assertTrue(html.contains("<a href=\"/pages/agencies/" + OTHER + "/years/2023\">另一单位</a>"));
        String row = html.substring(html.indexOf("id=\"agency-" + OTHER + "\""));
        assertTrue(row.contains("<td class=\"num total\">" + summary.get("total").decimalValue().setScale(2) + "</td>"));
        assertTrue(row.contains("<td class=\"grade\">" + summary.get("grade").asText() + "</td>"));
        assertTrue(row.contains("<span class=\"execution-rate\">95.00%</span>"), "114,000 of 120,000");
        assertTrue(html.contains("年末 100%"), "a past year is held to the year-end target");
        assertTrue(html.contains("href=\"?sort=agencyCode&amp;order=desc\">单位编码 ▲"), "sorted column links to the reverse");
        assertTrue(html.contains("href=\"?sort=total&amp;order=desc\">总分<"));

        String byRate = given().auth().oauth2(PageFixture.BUREAU).queryParam("sort", "executionRate")
                .get(OVERVIEW).then().statusCode(200).extract().asString();
        assertTrue(byRate.indexOf("id=\"agency-" + OTHER + "\"") < byRate.indexOf("id=\"agency-" + AGENCY + "\""),
                "95 % before 65 % by default (descending)");
    }

    @Test
    void theHomePageLinksToWhatTheCallerMayRead() {
        given().auth().oauth2(PageFixture.BUREAU).get("/pages/").then().statusCode(200)
                .body(containsString("<a href=\"" + OVERVIEW + "\">2023 年度 · 区划 " + REGION + "</a>"))
                .body(containsString("<a href=\"/pages/admin/rebuild\">台账重建进度</a>"));
        given().auth().oauth2(PageFixture.department(AGENCY)).get("/pages/").then().statusCode(200)
                .body(containsString("<a href=\"" + PAGE + "\">2023 年度</a>"))
                .body(org.hamcrest.Matchers.not(containsString("/regions/")))
                .body(org.hamcrest.Matchers.not(containsString("/pages/admin/")));
    }

    @Test
    void anotherDepartmentIsRefused() {
        given().auth().oauth2(PageFixture.department(OTHER)).get(PAGE)
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("无权访问"));
        given().auth().oauth2(PageFixture.department(AGENCY)).get(OVERVIEW).then().statusCode(403);
        given().auth().oauth2(DevTokens.mint("finance-system", null)).get(PAGE).then().statusCode(403);
    }

    @Test
    void withoutATokenThePagesLeadToTheLoginForm() {
        given().redirects().follow(false).get(OVERVIEW + "?sort=total").then().statusCode(303)
                .header("Location", containsString("/pages/login?next=%2Fpages%2Fyears%2F2023%2Fregions%2F" + REGION
                        + "%3Fsort%3Dtotal"));
        given().get("/pages/login").then().statusCode(200).body(containsString("访问令牌"))
                .body(containsString("<form method=\"post\" action=\"/pages/login\""));
    }

    @Test
    void theCookieCarriesTheToken() {
        given().cookie("jixiao_token", PageFixture.department(AGENCY)).get(PAGE).then().statusCode(200)
                .body(containsString("id=\"total\""));
        given().cookie("jixiao_token", PageFixture.department(OTHER)).get(PAGE).then().statusCode(403);
    }

    @Test
    void signingInSetsTheCookieAndGoesOn() {
        String token = PageFixture.department(AGENCY);
        Response posted = given().redirects().follow(false).formParam("token", token).formParam("next", PAGE)
                .post("/pages/login");
        posted.then().statusCode(303).header("Location", containsString(PAGE));
        String cookie = posted.getHeader("Set-Cookie");
        assertTrue(cookie.startsWith("jixiao_token=" + token), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/pages"), cookie);

        given().redirects().follow(false).queryParam("token", token).queryParam("next", PAGE).get("/pages/login")
                .then().statusCode(303).header("Location", containsString(PAGE))
                .header("Set-Cookie", startsWith("jixiao_token="));
        given().redirects().follow(false).queryParam("token", token).queryParam("next", "https://evil.example/")
                .get("/pages/login").then().statusCode(303).header("Location", containsString("/pages/"))
                .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
    }

    @Test
    void anInvalidCookieLeadsBackToLoginWithoutIt() {
        given().redirects().follow(false).cookie("jixiao_token", "not-a-token").get(PAGE).then().statusCode(303)
                .header("Location", containsString("/pages/login?next="))
                .header("Location", containsString("expired=true"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void theApiStillAnswersProblems() {
        given().get("/api/v1/agencies/" + AGENCY + "/years/2023/scores").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().cookie("jixiao_token", PageFixture.BUREAU).get("/api/v1/agencies/" + AGENCY + "/years/2023/scores")
                .then().statusCode(401);
    }

    /** The rebuild page states what the rebuild API answers, to the bureau only; others get a page, not a problem. */
    @Test
    void theRebuildPageIsTheBureausAndStatesTheApisState() {
        String state = given().auth().oauth2(PageFixture.BUREAU).get("/api/v1/admin/ledger/rebuild").then()
                .statusCode(200).extract().jsonPath().getString("state");
        PageHtml page = new PageHtml(given().auth().oauth2(PageFixture.BUREAU).get("/pages/admin/rebuild").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString());
        String expected = switch (state) {
            case "IDLE" -> "本实例启动以来未重建";
            case "RUNNING" -> "正在重建";
            case "DONE" -> "已完成";
            default -> "失败";
        };
        assertEquals(expected, page.byId("rebuild-state"));
        assertEquals("RUNNING".equals(state), page.html().contains("<progress id=\"rebuild-progress\""));
        assertEquals("RUNNING".equals(state), page.html().contains("http-equiv=\"refresh\""));

        given().auth().oauth2(PageFixture.department(AGENCY)).get("/pages/admin/rebuild").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("台账重建仅限财政局"));
        given().auth().oauth2(DevTokens.mint("finance-system", null)).get("/pages/admin/rebuild").then()
                .statusCode(403).contentType(containsString("text/html"));
        given().redirects().follow(false).get("/pages/admin/rebuild").then().statusCode(303)
                .header("Location", startsWith("/pages/login?next="));
        given().cookie("jixiao_token", PageFixture.BUREAU).get("/pages/admin/rebuild").then().statusCode(200);
    }

    /** A running rebuild's page, rendered by the page's own template: a labelled bar, its words, the reload. */
    @Test
    void aRunningRebuildIsALabelledProgressBarThatReloads() {
        String html = ScorePages.Templates.rebuild(RebuildPage.of(new RebuildJob.Status(RebuildJob.State.RUNNING,
                Instant.parse("2026-12-02T02:00:00Z"), null, null, null,
                new RebuildProgress("replaying", 250_000, 1_000_000, new BigDecimal("20000.0"), 38L)))).render();
        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"3\">"), html);
        assertTrue(html.contains("<label for=\"rebuild-progress\">重放台账记录</label>"), html);
        assertTrue(html.contains("<progress id=\"rebuild-progress\" max=\"1000000\" value=\"250000\">"
                + "重放台账记录：250000 / 1000000（25.0%）</progress>"), html);
        assertTrue(html.contains("<span id=\"rebuild-rate\">每秒 20000.0 条</span>"), html);
        assertTrue(html.contains("<span id=\"rebuild-eta\">约 38 秒</span>"), html);
    }
}
