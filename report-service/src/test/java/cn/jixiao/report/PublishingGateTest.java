package cn.jixiao.report;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.report.sources.InjectSources;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The publishing gate: advisory by default (region 441498); set by the bureau, a report stating a wrong figure can be
 * neither submitted nor published until the bureau overrides with a reason. Each test has its own agency, served by
 * budget-service's recorded answer for an agency without a ledger (spending 0.00), moved to the region.
 */
@QuarkusTest
class PublishingGateTest {

    private static final String REGION = "441499";
    /** A region whose gate no test sets. */
    private static final String UNSET_REGION = "441498";
    private static final String GATE = "/api/v1/regions/" + REGION + "/publishing-gate";
    private static final String WRONG = "实际支出100.00万元。";
    private static final String ERROR = "所述实际支出 100.00万元 有误，应为 0.00万元";

    @InjectSources
    WireMockServer sources;

    @AfterEach
    void advisoryAgain() {
        bureau().body(Map.of("blockOnErrors", false)).put(GATE).then().statusCode(200);
        RecordedSources.replay(sources);
    }

    @Test
    void byDefaultErrorsAreAdvisory() throws Exception {
        String report = agencyWithAWrongFigure("441498001", UNSET_REGION);
        bureau().get("/api/v1/regions/" + UNSET_REGION + "/publishing-gate").then().statusCode(200)
                .body("mofDivCode", equalTo(UNSET_REGION)).body("blockOnErrors", equalTo(false))
                .body("updatedBy", nullValue());
        department("441498001").post(report + "/submit").then().statusCode(200);
        bureau().post(report + "/publish").then().statusCode(201);
    }

    @Test
    void aBlockingGateStopsSubmitAndPublishWithTheErrors() throws Exception {
        String report = agencyWithAWrongFigure("441499002", REGION);
        department("441499002").post(report + "/submit").then().statusCode(200);
        bureau().body(Map.of("blockOnErrors", true)).put(GATE).then().statusCode(200)
                .body("blockOnErrors", equalTo(true)).body("updatedBy", equalTo("finance-bureau"));

        bureau().post(report + "/publish").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:jixiao:problem:blocked-by-findings"))
                .body("errors[0].field", equalTo("narrative.evaluation"))
                .body("errors[0].code", equalTo("ERROR_FINDING"))
                .body("errors[0].message", equalTo(ERROR));
        bureau().body(Map.of("comment", "请更正实际支出。")).post(report + "/return").then().statusCode(200);
        department("441499002").post(report + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:jixiao:problem:blocked-by-findings"))
                .body("errors[0].message", equalTo(ERROR));
        bureau().get(report + "/history").then().body("action", equalTo(List.of("submitted", "returned")));
    }

    @Test
    void theBureausRecordedOverrideLetsTheReportThrough() throws Exception {
        String report = agencyWithAWrongFigure("441499003", REGION);
        bureau().body(Map.of("blockOnErrors", true)).put(GATE).then().statusCode(200);
        department("441499003").post(report + "/submit").then().statusCode(409);

        department("441499003").body(Map.of("reason", "自行放行")).post(report + "/override").then().statusCode(403);
        bureau().body(Map.of("reason", " ")).post(report + "/override").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        bureau().body(Map.of("reason", "账面支出待补录，经核实后放行")).post(report + "/override").then().statusCode(200)
                .body("action", hasItem("overridden")).body("comment", hasItem("账面支出待补录，经核实后放行"));
        department("441499003").post(report + "/submit").then().statusCode(200);
        bureau().post(report + "/publish").then().statusCode(201);

        department("441499003").body(Map.of("text", WRONG + "\n\n再次修改。")).header("If-Match", "\"1\"")
                .put(report + "/sections/evaluation").then().statusCode(200);
        department("441499003").post(report + "/submit").then().statusCode(409);
    }

    @Test
    void onlyTheBureauSetsTheGateAndTheRegionIsChecked() {
        department("441499002").body(Map.of("blockOnErrors", true)).put(GATE).then().statusCode(403);
        bureau().body(Map.of()).put(GATE).then().statusCode(422).body("errors[0].field", equalTo("blockOnErrors"));
        bureau().get("/api/v1/regions/4414/publishing-gate").then().statusCode(400)
                .body("errors[0].field", equalTo("mofDivCode"));
    }

    /** The agency's recorded execution in the region, and its evaluation section stating 100.00万元 spent. */
    private String agencyWithAWrongFigure(String agency, String region) throws Exception {
        ObjectNode execution = (ObjectNode) new ObjectMapper().readTree(RecordedSources.recorded("budget-service",
                "/api/v1/agencies/441422901/years/2023/execution"));
        execution.put("agencyCode", agency).put("mofDivCode", region);
        sources.stubFor(get(urlPathEqualTo("/api/v1/agencies/" + agency + "/years/2023/execution"))
                .willReturn(okJson(execution.toString())));
        String report = "/api/v1/agencies/" + agency + "/years/2023/report";
        department(agency).body(Map.of("text", WRONG)).put(report + "/sections/evaluation").then().statusCode(200);
        return report;
    }

    private static RequestSpecification department(String agency) {
        return given().auth().oauth2(DevTokens.mint("department", agency)).contentType(ContentType.JSON);
    }

    private static RequestSpecification bureau() {
        return given().auth().oauth2(DevTokens.mint("finance-bureau", null)).contentType(ContentType.JSON);
    }
}
