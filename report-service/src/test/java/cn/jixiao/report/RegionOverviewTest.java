package cn.jixiao.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.report.sources.InjectSources;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The region overview workbook read back with POI and compared, cell by cell, with the JSON it was made from:
 * evaluation-service's region overview (here built from the recorded answers of the sample department and of an
 * agency without scores), the recorded scores and execution summaries, and the report's status here.
 */
@QuarkusTest
class RegionOverviewTest {

    private static final String OVERVIEW = "/api/v1/regions/441422/years/2023/overview.xlsx";
    private static final String REGION_SCORES = "/api/v1/years/2023/scores";
    private static final List<String> AGENCIES = List.of("441422001", "441422901");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final BigDecimal WAN = new BigDecimal("10000");

    @InjectSources
    WireMockServer sources;

    private ArrayNode region;

    /** evaluation-service's region overview of the two recorded agencies, as it would answer (ScoreSummary). */
    @BeforeEach
    void regionOverview() throws Exception {
        region = JSON.createArrayNode();
        for (String agency : AGENCIES) {
            JsonNode execution = recorded("budget-service", "/api/v1/agencies/" + agency + "/years/2023/execution");
            JsonNode scores = scores(agency);
            ObjectNode summary = region.addObject().put("agencyCode", agency)
                    .put("agencyName", execution.get("agencyName").asText()).put("mofDivCode", "441422")
                    .put("fiscalYear", 2023);
            summary.set("total", scores == null ? null : scores.get("total"));
            summary.set("grade", scores == null ? null : scores.get("grade"));
            summary.set("executionRate", execution.get("executionRate"));
            summary.put("ledgerSequence", 1).put("computedAt", "2026-12-02T18:13:47.746818Z");
        }
        sources.stubFor(get(urlPathEqualTo(REGION_SCORES)).willReturn(okJson(region.toString())));
    }

    @AfterEach
    void recordedAnswersAgain() {
        RecordedSources.replay(sources);
    }

    @Test
    void everyAgencyWithTheFiguresOfTheJsonItCameFrom() throws Exception {
        byte[] xlsx = given().auth().oauth2(bureau()).get(OVERVIEW).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("441422-2023-region-overview.xlsx"))
                .extract().asByteArray();
        sources.verify(getRequestedFor(urlPathEqualTo(REGION_SCORES)).withQueryParam("mofDivCode",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("441422")));

        JsonNode sampleScores = scores("441422001");
        List<String> indicators = new ArrayList<>();
        sampleScores.get("indicators").forEach(i -> indicators.add(i.get("name").asText() + "得分"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>(List.of("单位编码", "单位名称", "调整后预算（万元）", "实际支出（万元）",
                    "支出完成率（%）"));
            header.addAll(indicators);
            header.addAll(List.of("总分", "等级", "报告状态"));
            assertEquals(header, texts(sheet.getRow(1)));
            assertEquals(List.of("预算编制得分", "预算执行得分", "预算使用效益得分"), indicators);
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header rows frozen");
            assertTrue(sheet.getColumnWidth(1) >= 30 * 256, "the names column is wide enough");
            assertEquals(AGENCIES.size() + 2, sheet.getPhysicalNumberOfRows());

            for (int i = 0; i < AGENCIES.size(); i++) {
                Row row = sheet.getRow(2 + i);
                JsonNode summary = region.get(i);
                String agency = summary.get("agencyCode").asText();
                JsonNode execution = recorded("budget-service", "/api/v1/agencies/" + agency + "/years/2023/execution");
                JsonNode scores = scores(agency);
                assertEquals(agency, row.getCell(0).getStringCellValue());
                assertEquals(summary.get("agencyName").asText(), row.getCell(1).getStringCellValue());
                assertNumber(wan(execution.get("budget").get("adjusted")), row.getCell(2), "#,##0.00");
                assertNumber(wan(execution.get("spending")), row.getCell(3), "#,##0.00");
                assertNumberOrMissing(summary.get("executionRate"), row.getCell(4));
                for (int k = 0; k < indicators.size(); k++) {
                    assertNumberOrMissing(scores == null ? null : scores.get("indicators").get(k).get("score"),
                            row.getCell(5 + k));
                }
                int after = 5 + indicators.size();
                assertNumberOrMissing(summary.get("total"), row.getCell(after));
                assertEquals(summary.get("grade").isNull() ? "—" : summary.get("grade").asText(),
                        row.getCell(after + 1).getStringCellValue());
                assertEquals(statusLabel(agency), row.getCell(after + 2).getStringCellValue());
            }
            Row sample = sheet.getRow(2);
            assertEquals(1924.28, sample.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(1834.36, sample.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(95.33, sample.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(90.00, sample.getCell(8).getNumericCellValue(), 1e-9);
            assertEquals("优", sample.getCell(9).getStringCellValue());
        }
    }

    @Test
    void onlyTheFinanceBureauMayDownloadIt() {
        given().get(OVERVIEW).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint("department", "441422001")).get(OVERVIEW).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint("finance-system", null)).get(OVERVIEW).then().statusCode(403);
    }

    @Test
    void badParametersAndAnUnavailableSourceAreProblemsInChinese() {
        given().auth().oauth2(bureau()).get("/api/v1/regions/44142x/years/2023/overview.xlsx").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("mofDivCode"))
                .body("errors[0].message", containsString("财政区划编码"));
        given().auth().oauth2(bureau()).get("/api/v1/regions/441422/years/1999/overview.xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        given().auth().oauth2(bureau()).get("/api/v1/regions/441422/years/abc/overview.xlsx").then().statusCode(404);
        sources.stubFor(get(urlPathEqualTo(REGION_SCORES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().auth().oauth2(bureau()).get(OVERVIEW).then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("绩效评分服务"));
    }

    private static String bureau() {
        return DevTokens.mint("finance-bureau", null);
    }

    /** The report's status as the draft endpoint states it, in the sheet's words. */
    private static String statusLabel(String agency) {
        String status = given().auth().oauth2(bureau()).get("/api/v1/agencies/" + agency + "/years/2023/report/draft")
                .then().statusCode(200).extract().jsonPath().getString("status");
        return switch (status) {
            case "draft" -> "草稿";
            case "submitted" -> "已提交";
            case "returned" -> "已退回";
            default -> "已发布";
        };
    }

    private static JsonNode scores(String agency) throws Exception {
        String path = "/api/v1/agencies/" + agency + "/years/2023/scores";
        return "441422001".equals(agency) ? recorded("evaluation-service", path) : null;
    }

    private static JsonNode recorded(String service, String path) throws Exception {
        return JSON.readTree(RecordedSources.recorded(service, path));
    }

    private static BigDecimal wan(JsonNode yuan) {
        return yuan.decimalValue().divide(WAN, 2, RoundingMode.HALF_UP);
    }

    private static void assertNumber(BigDecimal expected, Cell cell, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number: " + cell.getAddress());
        assertEquals(expected.doubleValue(), cell.getNumericCellValue(), 1e-9, cell.getAddress().toString());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
    }

    private static void assertNumberOrMissing(JsonNode expected, Cell cell) {
        if (expected == null || expected.isNull()) {
            assertEquals("—", cell.getStringCellValue(), cell.getAddress().toString());
        } else {
            assertNumber(expected.decimalValue().setScale(2, RoundingMode.HALF_UP), cell, "0.00");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
