package cn.jixiao.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.report.repository.PublishedRendering;
import cn.jixiao.report.repository.PublishedReport;
import cn.jixiao.report.sources.InjectSources;
import cn.jixiao.report.sources.RecordedSources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The sample department's report from the answers budget-service and evaluation-service gave for the demo's ledger,
 * self-assessments and inputs (recorded), and its narrative (with the sample's kinds of errors) written into
 * report-service: the assembled report, its Word file, the consistency findings, the workflow and the frozen published
 * version. deploy/e2e's SampleDepartmentEndToEndTest runs the same department through the real services.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleReportTest {

    private static final String AGENCY = "441422001";
    private static final String REPORT = "/api/v1/agencies/" + AGENCY + "/years/2023/report";
    private static final String EXECUTION = "/api/v1/agencies/" + AGENCY + "/years/2023/execution";
    private static final Path FIXTURE = Path.of("..", "deploy", "demo", "dabu-2023");
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectSources
    WireMockServer sources;

    private static RequestSpecification department() {
        return given().auth().oauth2(DevTokens.mint("department", AGENCY)).contentType(ContentType.JSON);
    }

    private static RequestSpecification bureau() {
        return given().auth().oauth2(DevTokens.mint("finance-bureau", null)).contentType(ContentType.JSON);
    }

    @AfterEach
    void recordedAnswersAgain() {
        RecordedSources.replay(sources);
    }

    @Test
    @Order(1)
    void theAssembledReportHasTheSampleFiguresAndFlagsThePlantedErrors() throws Exception {
        writeNarrative("narrative.json");
        department().body(Map.of("subordinateUnits", 0, "filledBy", "何秀明", "phone", "0753-5522401",
                "filledOn", "2024-08-23")).put(REPORT + "/header").then().statusCode(200);

        JsonNode report = JSON.readTree(department().get(REPORT).then().statusCode(200).extract().asString());
        String text = report.get("sections").toString();
        for (String figure : List.of("1924.28", "1834.36", "95.33%", "1786.59", "47.77", "1457.19", "183.37", "193.80",
                "2156.69")) {
            assertTrue(text.contains(figure), "the report states " + figure);
        }
        assertEquals("90.00", report.get("scoreTable").get("total").decimalValue().setScale(2).toPlainString());
        assertEquals("优", report.get("scoreTable").get("grade").asText());
        List<String> rules = rules(report);
        for (String planted : List.of("stated-value", "named-projects-sum", "fund-name-conflict")) {
            assertTrue(rules.contains(planted), "planted error found: " + planted + " in " + rules);
        }

        byte[] word = department().accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get(REPORT).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            for (String title : List.of("部门基本情况", "绩效自评情况", "存在问题及改进措施", "下一步工作计划", "上年度绩效自评整改情况")) {
                assertTrue(paragraphs.contains(title), "the Word file has section " + title);
            }
            String tables = document.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertTrue(tables.contains("1457.19") && tables.contains("工资福利支出"), "the expenditure table");
            assertTrue(tables.contains("支出完成率") && tables.contains("9.53"), "the score table");
        }

        byte[] sheet = bureau().get(REPORT + "/score-table.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("score-table.xlsx")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet scores = workbook.getSheetAt(0);
            Row total = scores.getRow(scores.getLastRowNum());
            assertEquals(90.0, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("等级：优", total.getCell(5).getStringCellValue());
        }
        given().auth().oauth2(DevTokens.mint("department", "441422999")).get(REPORT + "/score-table.xlsx")
                .then().statusCode(403);
    }

    @Test
    @Order(2)
    void theCorrectedNarrativeRaisesNoErrorOrWarningAndListsWhatItCouldNotCheck() throws Exception {
        writeNarrative("narrative-corrected.json");
        JsonNode report = JSON.readTree(department().get(REPORT).then().statusCode(200).extract().asString());
        assertEquals(List.of("unverified"), rules(report));
        assertEquals("22 个数字已核对，6 个未能核对", report.get("coverage").get("summary").asText());
        String html = department().accept("text/html").get(REPORT).then().statusCode(200).extract().asString();
        assertTrue(html.contains("数字核对：22 个数字已核对，6 个未能核对"));
    }

    @Test
    @Order(3)
    void concurrentEditsAreDetected() {
        String etag = department().get(REPORT + "/draft").then().statusCode(200).extract().jsonPath()
                .getString("sections.plans.version");
        department().header("If-Match", "\"" + etag + "\"").body(Map.of("text", "（一）加强绩效培训。"))
                .put(REPORT + "/sections/plans").then().statusCode(200);
        department().header("If-Match", "\"" + etag + "\"").body(Map.of("text", "另一位同事的修改"))
                .put(REPORT + "/sections/plans").then().statusCode(412).contentType("application/problem+json");
        department().body(Map.of("text", "没有版本号的修改")).put(REPORT + "/sections/plans").then().statusCode(428);
    }

    /**
     * After publication budget-service answers with a later payment of 1,000 元 counted (spending 1834.46 万元), then
     * not at all: the live report follows the source, the published version stays what it was.
     */
    @Test
    @Order(4)
    void publishingFreezesAVersionThatOutlivesNewPaymentsAndOutages() throws Exception {
        department().post(REPORT + "/submit").then().statusCode(200);
        department().body(Map.of("text", "提交后修改")).put(REPORT + "/sections/work").then().statusCode(409);
        int version = bureau().post(REPORT + "/publish").then().statusCode(201).extract().jsonPath().getInt("version");
        String base = "/api/v1/public/reports/" + AGENCY + "/2023/versions/" + version;
        byte[] json = given().get(base).then().statusCode(200).extract().asByteArray();
        byte[] docx = given().get(base + ".docx").then().statusCode(200).extract().asByteArray();
        given().get(base + ".html").then().statusCode(200).contentType(ContentType.HTML);
        given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422").then().statusCode(200)
                .body("find { it.agencyCode == '" + AGENCY + "' }.version", equalTo(version));

        sources.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(okJson(executionWithALaterPayment())));
        assertTrue(department().get(REPORT).then().statusCode(200).extract().asString().contains("1834.46"),
                "the live report has the later payment");
        assertArrayEquals(json, given().get(base).then().statusCode(200).extract().asByteArray());
        sources.stubFor(get(urlPathEqualTo(EXECUTION))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertArrayEquals(json, given().get(base).then().statusCode(200).extract().asByteArray());
        assertArrayEquals(docx, given().get(base + ".docx").then().statusCode(200).extract().asByteArray());
        department().get(REPORT).then().statusCode(503).contentType("application/problem+json");
        RecordedSources.replay(sources);
        assertArrayEquals(json, given().get(base).then().statusCode(200).extract().asByteArray());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains("1834.36")));
        }
    }

    /**
     * The PDF and the 自评表 are frozen with the version: served byte for byte after a later payment, with the SHA-256
     * that the portal feed and the frozen HTML name; they hold the figures as published, not the live ones.
     */
    @Test
    @Order(5)
    void thePdfAndTheScoreTableAreFrozenWithTheVersion() throws Exception {
        Map<String, Object> listed = given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422")
                .then().statusCode(200).extract().jsonPath().getMap("find { it.agencyCode == '" + AGENCY + "' }");
        String base = "/api/v1/public/reports/" + AGENCY + "/2023/versions/" + listed.get("version");
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) listed.get("links");
        assertEquals(base + ".pdf", links.get("pdf"));
        assertEquals(base + "/score-table.xlsx", links.get("scoreTable"));
        @SuppressWarnings("unchecked")
        Map<String, String> hashes = ((List<Map<String, Object>>) listed.get("files")).stream()
                .collect(Collectors.toMap(f -> (String) f.get("format"), f -> (String) f.get("sha256")));
        assertEquals(Set.of("pdf", "score-table"), hashes.keySet());

        sources.stubFor(get(urlPathEqualTo(EXECUTION)).willReturn(okJson(executionWithALaterPayment())));
        byte[] pdf = frozenFile(links.get("pdf"), "application/pdf", hashes.get("pdf"));
        byte[] sheet = frozenFile(links.get("scoreTable"), "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", hashes.get("score-table"));
        assertArrayEquals(pdf, given().get(links.get("pdf")).then().statusCode(200).extract().asByteArray());
        System.out.printf("SampleReportTest: frozen PDF %,d bytes (%d slices), 自评表 %,d bytes%n", pdf.length,
                (pdf.length + 65_535) / 65_536, sheet.length);
        assertTrue(department().get(REPORT + ".pdf").then().statusCode(200).extract().asByteArray().length > 0,
                "the live PDF is rendered from the later figures meanwhile");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String figure : List.of("1924.28", "1834.36", "95.33%", "90.00", "等级：优")) {
                assertTrue(text.contains(figure), "the frozen PDF states " + figure);
            }
            assertFalse(text.contains("1834.46"), "the frozen PDF does not follow the later payment");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet table = workbook.getSheetAt(0);
            Row total = table.getRow(table.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(90.00, total.getCell(3).getNumericCellValue(), 0.001);
            assertEquals("等级：优", total.getCell(5).getStringCellValue());
        }
        String html = given().get(base + ".html").then().statusCode(200).extract().asString();
        assertTrue(html.contains(hashes.get("pdf")) && html.contains(hashes.get("score-table")),
                "the frozen HTML names both files' SHA-256");
        assertTrue(html.contains("href=\"" + links.get("pdf") + "\""), "the frozen HTML links the PDF");
    }

    /** A frozen file: its type, its SHA-256 in X-Content-SHA256 equal to the one listed and to its bytes'. */
    private static byte[] frozenFile(String path, String type, String listedHash) throws Exception {
        io.restassured.response.Response response = given().get(path);
        response.then().statusCode(200).contentType(type).header("X-Content-SHA256", listedHash)
                .header("Content-Disposition", containsString("attachment"));
        byte[] bytes = response.asByteArray();
        assertEquals(listedHash, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        return bytes;
    }

    @Test
    @Order(6)
    void nothingUnpublishedIsPublicAndAnotherDepartmentIsRefused() {
        given().get(REPORT).then().statusCode(401);
        given().get(REPORT + "/draft").then().statusCode(401);
        given().get("/api/v1/public/reports/441422999/2023").then().statusCode(404);
        given().auth().oauth2(DevTokens.mint("department", "441422999")).get(REPORT).then().statusCode(403);
        given().auth().oauth2(DevTokens.mint("department", "441422999")).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).put(REPORT + "/sections/plans").then().statusCode(403);
    }

    @Test
    @Order(7)
    void aReturnedReportCarriesTheCommentsAndRepublishingAddsAVersion() {
        String version = department().get(REPORT + "/draft").then().extract().jsonPath().getString("sections.plans.version");
        department().header("If-Match", "\"" + version + "\"").body(Map.of("text", "（一）加强绩效培训和预算执行监控。"))
                .put(REPORT + "/sections/plans").then().statusCode(200);
        department().post(REPORT + "/submit").then().statusCode(200);
        bureau().body(Map.of("comment", "请补充项目支出的绩效分析。")).post(REPORT + "/return").then().statusCode(200);
        department().get(REPORT + "/history").then().statusCode(200)
                .body("find { it.action == 'returned' }.comment", equalTo("请补充项目支出的绩效分析。"));
        bureau().post(REPORT + "/publish").then().statusCode(409);
        department().post(REPORT + "/submit").then().statusCode(200);
        bureau().post(REPORT + "/publish").then().statusCode(201).body("version", equalTo(2));

        given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422").then().statusCode(200)
                .body("findAll { it.agencyCode == '" + AGENCY + "' }.version", equalTo(List.of(2)));
        given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422&allVersions=true").then().statusCode(200)
                .body("findAll { it.agencyCode == '" + AGENCY + "' }.version", equalTo(List.of(2, 1)));
        given().get("/api/v1/public/reports/" + AGENCY + "/2023/versions/1").then().statusCode(200);
    }

    /**
     * A version published before PDF and 自评表 were frozen (its rows removed here, as before Flyway V3) lists neither
     * and answers 404 for them, naming what to read instead; it is not rendered afresh from later figures.
     */
    @Test
    @Order(8)
    void aVersionPublishedBeforeFilesWereFrozenHasNone() {
        QuarkusTransaction.requiringNew().run(() -> PublishedRendering.delete("publishedReportId",
                PublishedReport.find(AGENCY, 2023, 1).orElseThrow().id));
        String v1 = "/api/v1/public/reports/" + AGENCY + "/2023/versions/1";
        for (String file : List.of(v1 + ".pdf", v1 + "/score-table.xlsx")) {
            given().get(file).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("第 1 版发布时尚未存档"));
        }
        given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422&allVersions=true").then().statusCode(200)
                .body("find { it.agencyCode == '" + AGENCY + "' && it.version == 1 }.links.pdf", nullValue())
                .body("find { it.agencyCode == '" + AGENCY + "' && it.version == 1 }.files", equalTo(List.of()))
                .body("find { it.agencyCode == '" + AGENCY + "' && it.version == 2 }.files.size()", equalTo(2));
        given().get(v1 + ".docx").then().statusCode(200);
        given().get("/api/v1/public/reports/" + AGENCY + "/2023/versions/9.pdf").then().statusCode(404)
                .body("detail", equalTo("没有该版本的已发布报告"));
    }

    /** Saves every section of a narrative file, each with the version it replaces. */
    private static void writeNarrative(String file) throws IOException {
        JsonNode narrative = JSON.readTree(Files.readString(FIXTURE.resolve(file)));
        JsonNode draft = JSON.readTree(department().get(REPORT + "/draft").then().statusCode(200).extract().asString());
        for (Iterator<Map.Entry<String, JsonNode>> it = narrative.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> section = it.next();
            long version = draft.get("sections").get(section.getKey()).get("version").asLong();
            RequestSpecification request = department().body(Map.of("text", section.getValue().asText()));
            if (version > 0) {
                request.header("If-Match", "\"" + version + "\"");
            }
            request.put(REPORT + "/sections/" + section.getKey()).then().statusCode(200);
        }
    }

    /** budget-service's recorded answer with one more payment of 1,000.00 元 in its spending. */
    private static String executionWithALaterPayment() throws IOException {
        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        ObjectNode execution = (ObjectNode) exact.readTree(RecordedSources.recorded("budget-service", EXECUTION));
        execution.put("spending", execution.get("spending").decimalValue().add(new BigDecimal("1000.00")));
        return execution.toString();
    }

    private static List<String> rules(JsonNode report) {
        return java.util.stream.StreamSupport.stream(report.get("findings").spliterator(), false)
                .map(finding -> finding.get("rule").asText()).distinct().toList();
    }
}
