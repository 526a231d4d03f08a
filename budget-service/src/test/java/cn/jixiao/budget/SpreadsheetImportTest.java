package cn.jixiao.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Budget lines and payments imported from .xlsx and .csv files: all rows or none, with progress and errors. */
@QuarkusTest
class SpreadsheetImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> PAYMENT_HEADERS = List.of("支付申请编号（payAppId）", "原支付申请编号（oriPayAppId）",
            "支付凭证号（payCertNo）", "指标编号（bgtId）", "预算单位编码（agencyCode）", "预算年度（fiscalYear）",
            "支付金额（xpayAmt）", "支付日期（payDate）", "用途（useDes）", "合同编号（contractNo）");

    private String agency;
    private String line;

    @BeforeEach
    void agencyWithOneLine() {
        agency = Api.newAgencyCode();
        line = agency + "-L1";
        Api.registerAgency(agency);
        Api.financeSystem().body(Api.line(line, agency, "900000000.00")).post("/api/v1/budget-lines")
                .then().statusCode(201);
    }

    @Test
    void aHundredThousandPaymentRowsImportWithProgressAndAreAllStored() throws IOException {
        Path file = paymentWorkbook(100_000, -1, false);
        try {
            String id = submit("payments", file.toFile().getName(), Files.readAllBytes(file), XLSX)
                    .then().statusCode(202).body("status", equalTo("queued")).extract().path("id");
            boolean sawProgress = false;
            JsonPath status;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            do {
                sleep(200);
                status = status(id);
                int validated = status.getInt("rowsValidated");
                if ("running".equals(status.getString("status")) && validated > 0 && validated < 100_000
                        && status.get("etaSeconds") != null && status.getInt("rowsExpected") > validated) {
                    sawProgress = true;
                }
            } while (status.get("finishedAt") == null && System.nanoTime() < deadline);

            assertTrue(sawProgress, "progress was visible while the import ran");
            assertEquals("stored", status.getString("status"), () -> "import ended: " + status(id).prettify());
            assertEquals(100_000, status.getInt("rowsRead"));
            assertEquals(100_000, status.getInt("rowsStored"));
            assertEquals(100_000, status.getInt("created"));
            assertEquals(0, status.getInt("errorCount"));
            Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/execution")
                    .then().statusCode(200)
                    .body("spending", equalTo(123000.00f))
                    .body("asOf.sequence", equalTo(100_002));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void oneBadRowStoresNothingAndTheErrorSheetNamesItsRowAndColumn() throws IOException {
        Path file = paymentWorkbook(6_000, 5_500, true);
        try {
            String id = submit("payments", "payments.xlsx", Files.readAllBytes(file), XLSX).then().statusCode(202)
                    .extract().path("id");
            JsonPath status = finished(id);
            assertEquals("rejected", status.getString("status"));
            assertEquals(6_000, status.getInt("rowsValidated"));
            assertEquals(0, status.getInt("rowsStored"));
            assertEquals(1, status.getInt("errorCount"));
            assertEquals(5_501, status.getInt("errors[0].row"), "data row 5,500 is the sheet's row 5,501");
            assertEquals("H", status.getString("errors[0].column"));
            assertEquals("DATE_OUTSIDE_YEAR", status.getString("errors[0].code"));
            Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                    .then().statusCode(200).body("total", equalTo(0));

            byte[] sheet = financeSystem().get(status.getString("errorSheet")).then().statusCode(200)
                    .contentType(XLSX).extract().asByteArray();
            try (Workbook errors = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
                Row header = errors.getSheetAt(0).getRow(0);
                assertEquals("行号", header.getCell(0).getStringCellValue());
                Row bad = errors.getSheetAt(0).getRow(1);
                assertEquals(5_501, (int) bad.getCell(0).getNumericCellValue());
                assertEquals("H", bad.getCell(1).getStringCellValue());
                assertEquals("支付日期（payDate）", bad.getCell(2).getStringCellValue());
                assertTrue(bad.getCell(5).getStringCellValue().contains("不在预算年度 2023 内"),
                        bad.getCell(5).getStringCellValue());
                assertEquals(null, errors.getSheetAt(0).getRow(2));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCsvWithChineseHeadersIsStoredWithTheBatchEventsAndAReimportIsDuplicates() throws IOException {
        String csv = "支付申请编号,原支付申请编号,支付凭证号,指标编号,预算单位编码,预算年度,支付金额,支付日期,用途,合同编号\r\n"
                + agency + "-P1,," + "PZ1," + line + "," + agency + ",2023,1200.50,2023-03-01,\"办公用品，含税\",\r\n"
                + "\r\n"
                + agency + "-P2,," + "PZ2," + line + "," + agency + ",2023,300,2023-03-02,印刷费,HT-1\r\n"
                + agency + "-R1," + agency + "-P1,PZ3," + line + "," + agency + ",2023,-200.50,2023-04-01,退款,\r\n";
        byte[] bytes = withBom(csv);
        String first = submit("payments", "支付.csv", bytes, "text/csv").then().statusCode(202).extract().path("id");
        JsonPath stored = finished(first);
        assertEquals("stored", stored.getString("status"), stored::prettify);
        assertEquals(3, stored.getInt("created"));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/execution")
                .then().statusCode(200).body("spending", equalTo(1300.00f));

        List<JsonNode> events = LedgerTopic.eventsOf(agency, 5, Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertEquals(List.of("AgencyRegistered", "BudgetLineRecorded", "PaymentRecorded", "PaymentRecorded",
                "PaymentReversed"), events.stream().map(event -> event.get("type").asText()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), events.stream().map(event -> event.get("sequence").asLong()).toList());

        String again = submit("payments", "支付.csv.gz", gzipped(bytes), "application/gzip").then().statusCode(202)
                .extract().path("id");
        JsonPath duplicate = finished(again);
        assertEquals("stored", duplicate.getString("status"));
        assertEquals(0, duplicate.getInt("created"));
        assertEquals(3, duplicate.getInt("duplicates"));
    }

    @Test
    void aGb18030CsvOfBudgetLinesWithFieldCodeHeadersIsRead() {
        String csv = "bgtId,agencyCode,mofDivCode,fiscalYear,proCode,proName,proCatCode,expFuncCode,depBgtEcoCode,"
                + "govBgtEcoCode,fundTypeCode,sourceTypeCode,amount,docNo,docDate\n"
                + agency + "-L2," + agency + ",441422,2023,P1,网站运行维护费,3,2070808,30213,50502,111,1,98000.00,"
                + "埔财预〔2023〕21号,2023-03-20\n";
        String id = submit("budget-lines", "lines.csv", csv.getBytes(Charset.forName("GB18030")), "text/csv")
                .then().statusCode(202).extract().path("id");
        JsonPath status = finished(id);
        assertEquals("stored", status.getString("status"), status::prettify);
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/budget-lines?proCode=P1")
                .then().statusCode(200).body("items[0].proName", equalTo("网站运行维护费"));
    }

    @Test
    void aFileThatIsNeitherXlsxNorCsvIs415InChinese() {
        submit("payments", "ledger.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:jixiao:problem:unsupported-file"))
                .body("title", equalTo("不支持的文件类型"))
                .body("detail", containsString(".xlsx"));
    }

    @Test
    void anEmptyOrMalformedFileIs422() {
        submit("payments", "empty.csv", new byte[0], "text/csv").then().statusCode(422)
                .body("type", equalTo("urn:jixiao:problem:invalid-file")).body("title", equalTo("文件为空"));
        submit("payments", "broken.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), XLSX).then()
                .statusCode(422).body("errors[0].code", equalTo("MALFORMED"))
                .body("errors[0].message", containsString(".xlsx"));
        submit("payments", "header.csv", "payAppId,金额\n".getBytes(StandardCharsets.UTF_8), "text/csv").then()
                .statusCode(422).body("errors[0].field", equalTo("B1"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        submit("payments", "header-only.csv", "payAppId,xpayAmt\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .then().statusCode(422).body("errors[0].message", equalTo("文件只有表头，没有数据行"));
        submit("refunds", "p.csv", "payAppId\nP1\n".getBytes(StandardCharsets.UTF_8), "text/csv").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aDepartmentMayNotImport() {
        given().auth().oauth2(DevTokens.mint("department", agency)).queryParam("kind", "payments")
                .multiPart("file", "p.csv", "payAppId\nP1\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint("department", agency)).get("/api/v1/imports/templates/payments.xlsx")
                .then().statusCode(403);
    }

    @Test
    void eachKindHasATemplate() throws IOException {
        byte[] template = financeSystem().get("/api/v1/imports/templates/payments.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int column = 0; column < PAYMENT_HEADERS.size(); column++) {
                assertEquals(PAYMENT_HEADERS.get(column), header.getCell(column).getStringCellValue());
            }
        }
        financeSystem().get("/api/v1/imports/templates/budget-lines.xlsx").then().statusCode(200);
        financeSystem().get("/api/v1/imports/templates/assets.xlsx").then().statusCode(404);
    }

    /**
     * The imports page lists the import with a full bar and the figures of its status, to the finance system (with
     * the error sheet's link) and the bureau, signed in by token or by the pages' cookie; not to a department.
     */
    @Test
    void theImportsPageShowsEachImportWithAProgressBar() {
        String csv = "bgtId,agencyCode,mofDivCode,fiscalYear,proCode,proName,proCatCode,expFuncCode,depBgtEcoCode,"
                + "govBgtEcoCode,fundTypeCode,sourceTypeCode,amount,docNo,docDate\n"
                + agency + "-L3," + agency + ",441422,2023,P3,设备购置费,3,2070808,30213,50502,111,1,5000.00,"
                + "埔财预〔2023〕22号,2023-03-20\n"
                + agency + "-L4," + agency + ",441422,2023,P4,培训费,3,2070808,30213,50502,111,1,abc,"
                + "埔财预〔2023〕23号,2023-03-20\n";
        String stored = submit("budget-lines", "page-ok.csv", csv.substring(0, csv.lastIndexOf(agency + "-L4"))
                .getBytes(StandardCharsets.UTF_8), "text/csv").then().statusCode(202).extract().path("id");
        String rejected = submit("budget-lines", "page-bad.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .then().statusCode(202).extract().path("id");
        JsonPath ok = finished(stored);
        JsonPath bad = finished(rejected);
        assertEquals("stored", ok.getString("status"), ok::prettify);
        assertEquals("rejected", bad.getString("status"), bad::prettify);

        String page = financeSystem().get("/pages/imports").then().statusCode(200)
                .contentType(containsString("text/html")).header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'")).extract().asString();
        assertTrue(page.contains("<progress id=\"progress-" + stored + "\" max=\"" + ok.getInt("rowsRead")
                + "\" value=\"" + ok.getInt("rowsRead") + "\">已存储 " + ok.getInt("rowsStored") + " 行（新增 "
                + ok.getInt("created") + " 行，重复 " + ok.getInt("duplicates") + " 行）</progress>"), page);
        assertTrue(page.contains("<label for=\"progress-" + stored + "\""), "the bar is labelled");
        assertTrue(page.contains("共 " + bad.getInt("rowsRead") + " 行，发现 " + bad.getInt("errorCount")
                + " 处错误，未存储任何数据"), page);
        assertTrue(page.contains("href=\"" + bad.getString("errorSheet") + "\""), "the finance system's error sheet");
        assertTrue(page.indexOf("import-" + rejected) < page.indexOf("import-" + stored), "newest first");

        String bureau = Api.as(Api.FINANCE_BUREAU).get("/pages/imports").then().statusCode(200).extract().asString();
        assertTrue(bureau.contains("import-" + rejected) && !bureau.contains("errors.xlsx"),
                "the bureau sees the imports, not the error sheets it may not download");
        given().cookie("jixiao_token", Api.FINANCE_SYSTEM).get("/pages/imports").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint("department", agency)).get("/pages/imports").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("无权访问"));
        given().get("/pages/imports").then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("请先登录"));
    }

    /**
     * A payment workbook written row by row (SXSSF); data row {@code badRow} (1-based) is dated outside its year. Its
     * texts are inline, or in a shared-strings table as Excel writes them.
     */
    private Path paymentWorkbook(int rows, int badRow, boolean sharedStrings) throws IOException {
        Path file = Files.createTempFile("payments-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, sharedStrings);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("支付");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < PAYMENT_HEADERS.size(); column++) {
                header.createCell(column).setCellValue(PAYMENT_HEADERS.get(column));
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(agency + "-P" + i);
                row.createCell(2).setCellValue("PZ" + i);
                row.createCell(3).setCellValue(line);
                row.createCell(4).setCellValue(agency);
                row.createCell(5).setCellValue(2023);
                row.createCell(6).setCellValue(1.23);
                row.createCell(7).setCellValue(i == badRow ? LocalDate.of(2024, 1, 2) : LocalDate.of(2023, 1 + i % 12, 1 + i % 28));
                row.getCell(7).setCellStyle(date);
                row.createCell(8).setCellValue("办公用品采购");
            }
            workbook.write(out);
        }
        return file;
    }

    private static byte[] gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    private static RequestSpecification financeSystem() {
        return given().auth().oauth2(Api.FINANCE_SYSTEM);
    }

    private static io.restassured.response.Response submit(String kind, String fileName, byte[] content,
            String mediaType) {
        return financeSystem().queryParam("kind", kind).multiPart("file", fileName, content, mediaType)
                .post("/api/v1/imports");
    }

    private static JsonPath status(String id) {
        return financeSystem().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath finished(String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonPath status = status(id);
        while (status.get("finishedAt") == null && System.nanoTime() < deadline) {
            sleep(100);
            status = status(id);
        }
        return status;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
