package cn.jixiao.report;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.report.imports.SampleDocx;
import cn.jixiao.report.sources.InjectSources;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * POST …/report/import: the department's own Word report into the narrative, with If-Match, answered with the
 * findings; refused uploads store nothing. The agency is served the sample department's recorded ledger.
 */
@QuarkusTest
class ReportImportTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @InjectSources
    WireMockServer sources;

    @BeforeEach
    void theSampleLedger() throws Exception {
        for (String agency : new String[] { "441422011", "441422012" }) {
            ObjectNode execution = (ObjectNode) new ObjectMapper().readTree(RecordedSources.recorded("budget-service",
                    "/api/v1/agencies/441422001/years/2023/execution"));
            execution.put("agencyCode", agency);
            sources.stubFor(get(urlPathEqualTo("/api/v1/agencies/" + agency + "/years/2023/execution"))
                    .willReturn(okJson(execution.toString())));
        }
    }

    @AfterEach
    void recordedAnswersAgain() {
        RecordedSources.replay(sources);
    }

    @Test
    void theWordReportIsSavedAndItsErrorsFound() {
        String report = "/api/v1/agencies/441422011/years/2023/report";
        department("441422011").contentType(DOCX).body(SampleDocx.bytes()).post(report + "/import").then()
                .statusCode(200).header("ETag", "\"9\"")
                .body("imported.size()", equalTo(9)).body("unmapped", equalTo(List.of("四、其他需要说明的事项")))
                .body("findings.message", hasItem("所述实际支出 1843.36万元 有误，应为 1834.36万元"))
                .body("findings.message", hasItem("所述工资福利支出 1475.19万元 有误，应为 1457.19万元"))
                .body("coverage.summary", containsString("个数字已核对"));
        department("441422011").get(report + "/draft").then().statusCode(200)
                .body("narrativeVersion", equalTo(9)).body("sections.functions.version", equalTo(1));

        department("441422011").contentType(DOCX).body(SampleDocx.bytes()).post(report + "/import").then()
                .statusCode(428);
        department("441422011").contentType(DOCX).header("If-Match", "\"3\"").body(SampleDocx.bytes())
                .post(report + "/import").then().statusCode(412);
        department("441422011").contentType(DOCX).header("If-Match", "\"9\"").body(SampleDocx.bytes())
                .post(report + "/import").then().statusCode(200).header("ETag", "\"18\"");
    }

    @Test
    void otherUploadsAreRefusedInChineseAndNothingIsSaved() {
        String report = "/api/v1/agencies/441422012/years/2023/report";
        department("441422012").contentType("text/plain").body("一、部门基本情况").post(report + "/import").then()
                .statusCode(415).contentType("application/problem+json");
        department("441422012").contentType(DOCX).body("不是Word文档".getBytes(StandardCharsets.UTF_8))
                .post(report + "/import").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("errors[0].message", equalTo("文件不是有效的 Word 文档（.docx），未保存任何内容"));
        department("441422012").contentType(DOCX).body(new byte[5 * 1024 * 1024 + 1]).post(report + "/import")
                .then().statusCode(413).body("type", equalTo("urn:jixiao:problem:too-large"));
        bureau().contentType(DOCX).body(SampleDocx.bytes()).post(report + "/import").then().statusCode(403);
        department("441422012").get(report + "/draft").then().body("narrativeVersion", equalTo(0));
    }

    private static RequestSpecification department(String agency) {
        return given().auth().oauth2(DevTokens.mint("department", agency));
    }

    private static RequestSpecification bureau() {
        return given().auth().oauth2(DevTokens.mint("finance-bureau", null));
    }
}
