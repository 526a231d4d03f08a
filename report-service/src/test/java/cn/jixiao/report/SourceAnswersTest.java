package cn.jixiao.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.report.sources.InjectSources;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * How the live report deals with what its sources answer: the caller's token goes to both; a source that fails,
 * stalls or is unreachable gets the report refused with a 503 problem, never assembled half; an agency a source does
 * not know is a 404; a department reaches only its own agency, and a source's refusal is the report's.
 */
@QuarkusTest
class SourceAnswersTest {

    private static final String AGENCY = "441422001";
    private static final String YEAR = "/api/v1/agencies/" + AGENCY + "/years/2023";
    private static final String EXECUTION = YEAR + "/execution";
    private static final String SCORES = YEAR + "/scores";
    private static final String PROBLEM = "application/problem+json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @InjectSources
    WireMockServer sources;

    @BeforeEach
    void nothingAskedYet() {
        sources.resetRequests();
    }

    @AfterEach
    void recordedAnswersAgain() {
        RecordedSources.replay(sources);
    }

    private static ValidatableResponse report(String token, String accept) {
        return given().auth().oauth2(token).accept(accept).get(YEAR + "/report").then();
    }

    @Test
    void theCallersOwnTokenGoesToBothSources() {
        for (String token : List.of(DevTokens.mint("department", AGENCY), DevTokens.mint("finance-bureau", null))) {
            report(token, "application/json").statusCode(200).body("scoreTable.grade", is("优"));
            sources.verify(1, getRequestedFor(urlPathEqualTo(EXECUTION)).withHeader("Authorization",
                    equalTo("Bearer " + token)));
            sources.verify(1, getRequestedFor(urlPathEqualTo(SCORES)).withHeader("Authorization",
                    equalTo("Bearer " + token)));
        }
    }

    @Test
    void aSourceAnswering503GetsTheReportRefusedInEveryRendering() {
        for (String source : List.of(EXECUTION, SCORES)) {
            assertRefusedWhile(source, aResponse().withStatus(503).withHeader("Retry-After", "5"));
        }
    }

    @Test
    void anUnreachableSourceGetsTheReportRefused() {
        for (String source : List.of(EXECUTION, SCORES)) {
            assertRefusedWhile(source, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        }
    }

    /** The clients give a source 10 s (@Timeout): this test waits that long once. */
    @Test
    void aSourceThatDoesNotAnswerInTimeGetsTheReportRefused() {
        sources.stubFor(get(urlPathEqualTo(SCORES)).willReturn(aResponse().withFixedDelay(12_000)
                .withHeader("Content-Type", "application/json")
                .withBody(RecordedSources.recorded("evaluation-service", SCORES))));
        report(DevTokens.mint("finance-bureau", null), "application/json").statusCode(503).contentType(PROBLEM)
                .body("type", is("urn:jixiao:problem:source-unavailable"));
    }

    @Test
    void anAgencyBudgetServiceDoesNotKnowIsNotFound() {
        given().auth().oauth2(DevTokens.mint("finance-bureau", null))
                .get("/api/v1/agencies/441422777/years/2023/report").then().statusCode(404).contentType(PROBLEM)
                .body("type", is("urn:jixiao:problem:not-found"));
    }

    @Test
    void anAgencyWithoutScoresYetGetsItsFiguresAndAnEmptyScoreTable() {
        given().auth().oauth2(DevTokens.mint("department", "441422901"))
                .get("/api/v1/agencies/441422901/years/2023/report").then().statusCode(200)
                .body("sections", not(empty()))
                .body("scoreTable.rows", empty())
                .body("scoreTable.total", nullValue());
        sources.verify(getRequestedFor(urlPathEqualTo("/api/v1/agencies/441422901/years/2023/scores")));
    }

    @Test
    void aDepartmentIsRefusedAnotherAgencysReportWithoutAskingTheSources() {
        report(DevTokens.mint("department", "441422999"), "application/json").statusCode(403).contentType(PROBLEM);
        assertEquals(List.of(), sources.getAllServeEvents(), "no source was asked");
    }

    @Test
    void aSourceRefusingTheCallerGetsTheReportRefused() {
        for (int status : new int[] { 401, 403 }) {
            sources.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(aResponse().withStatus(status)));
            report(DevTokens.mint("department", AGENCY), "application/json").statusCode(403).contentType(PROBLEM);
        }
    }

    /** While the source answers so, the live report is a 503 problem as JSON, HTML and Word: no half report. */
    private void assertRefusedWhile(String source, ResponseDefinitionBuilder answer) {
        sources.stubFor(get(urlPathEqualTo(source)).willReturn(answer));
        String token = DevTokens.mint("department", AGENCY);
        for (String accept : List.of("application/json", "text/html", DOCX)) {
            report(token, accept).statusCode(503).contentType(PROBLEM)
                    .body("type", is("urn:jixiao:problem:source-unavailable"))
                    .body("sections", nullValue());
        }
        RecordedSources.replay(sources);
    }
}
