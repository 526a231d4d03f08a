package cn.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.HostileValues;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.repository.PublishedReport;
import cn.jixiao.report.repository.PublishingGate;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportEvent;
import cn.jixiao.report.repository.ReportSection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input against every endpoint of report-service: every field of every body replaced by each of
 * {@link HostileValues#JSON_VALUES} or removed, raw bodies, hostile path and query values, malformed department
 * tokens. Each answer must be below 500, a problem document when it is a 4xx, and nothing may be stored. The sources
 * answer as recorded (LocalStack): the fuzzed agency is registered in budget-service without a ledger and has no
 * scores, any other agency is unknown to them (404); the fuzzed agency has a published version, so the portal's reads
 * find something.
 *
 * <p>Writes are sent so that even a body that passes validation is refused afterwards (stale {@code If-Match}, no
 * {@code If-Match} on a written part, a return while the report is a draft): no request of the run may store.
 */
@QuarkusTest
class HostileInputTest {

    private static final String AGENCY = "441422901";
    private static final int YEAR = 2023;
    private static final String PROBLEM = "application/problem+json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DEPARTMENT = DevTokens.mint("department", AGENCY);
    private static final String BUREAU = DevTokens.mint("finance-bureau", null);
    private static boolean published;

    @TestHTTPResource("/")
    String root;

    /** One request of the run: method, raw path (already percent-encoded), token, body, extra headers. */
    private record Call(String method, String path, String token, String body, Map<String, String> headers) {

        static Call get(String path, String token, String accept) {
            return new Call("GET", path, token, null, accept == null ? Map.of() : Map.of("Accept", accept));
        }
    }

    /** The agency-year's endpoints, each with agency code and year as given (raw, possibly hostile). */
    private static List<Call> agencyEndpoints(String agency, String year, String token) {
        String base = "/api/v1/agencies/" + agency + "/years/" + year;
        String section = "{\"text\":\"（一）加强绩效管理。\"}";
        String header = "{\"subordinateUnits\":0,\"filledBy\":\"何秀明\",\"phone\":\"0753-5522401\",\"filledOn\":\"2024-08-23\"}";
        Map<String, String> stale = Map.of("If-Match", "\"999\"");
        return List.of(
                Call.get(base + "/report", token, "application/json"),
                Call.get(base + "/report", token, "text/html"),
                Call.get(base + "/report", token, DOCX),
                Call.get(base + "/report.html", token, null),
                Call.get(base + "/report.docx", token, null),
                Call.get(base + "/report/draft", token, null),
                Call.get(base + "/report/history", token, null),
                new Call("PUT", base + "/report/sections/plans", token, section, stale),
                new Call("PUT", base + "/report/header", token, header, stale),
                new Call("POST", base + "/report/submit", token, null, Map.of()),
                new Call("POST", base + "/report/return", token, "{\"comment\":\"请补充。\"}", Map.of()),
                new Call("POST", base + "/report/override", token, "{\"reason\":\"经核实放行。\"}", Map.of()),
                new Call("POST", base + "/report/publish", token, null, Map.of()));
    }

    private static List<Call> hostileCalls() {
        List<Call> calls = new ArrayList<>();
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR + "/report";

        // every field of every body × every hostile JSON value, and each field removed
        Map<String, String> section = Map.of("text", "\"（一）加强绩效管理。\"");
        Map<String, String> header = new LinkedHashMap<>();
        header.put("subordinateUnits", "0");
        header.put("filledBy", "\"何秀明\"");
        header.put("phone", "\"0753-5522401\"");
        header.put("filledOn", "\"2024-08-23\"");
        Map<String, String> comment = Map.of("comment", "\"请补充项目支出的绩效分析。\"");
        List<String> values = new ArrayList<>(HostileValues.JSON_VALUES);
        values.add(null);
        for (String value : values) {
            for (String key : Narrative.KEYS) {
                String body = HostileValues.withField(section, "text", value);
                calls.add(new Call("PUT", base + "/sections/" + key, DEPARTMENT, body, Map.of("If-Match", "\"999\"")));
                calls.add(new Call("PUT", base + "/sections/" + key, DEPARTMENT, body, Map.of()));
            }
            for (String field : header.keySet()) {
                String body = HostileValues.withField(header, field, value);
                calls.add(new Call("PUT", base + "/header", DEPARTMENT, body, Map.of("If-Match", "\"999\"")));
                calls.add(new Call("PUT", base + "/header", DEPARTMENT, body, Map.of()));
            }
            String body = HostileValues.withField(comment, "comment", value);
            calls.add(new Call("POST", base + "/return", BUREAU, body, Map.of()));
        }
        // raw bodies on every endpoint that takes one
        for (String raw : HostileValues.RAW_BODIES) {
            for (String key : Narrative.KEYS) {
                calls.add(new Call("PUT", base + "/sections/" + key, DEPARTMENT, raw, Map.of("If-Match", "\"999\"")));
            }
            calls.add(new Call("PUT", base + "/header", DEPARTMENT, raw, Map.of("If-Match", "\"999\"")));
            calls.add(new Call("PUT", base + "/header", DEPARTMENT, raw, Map.of()));
            calls.add(new Call("POST", base + "/return", BUREAU, raw, Map.of()));
            calls.add(new Call("POST", base + "/override", BUREAU, raw, Map.of()));
            calls.add(new Call("PUT", "/api/v1/regions/441422/publishing-gate", BUREAU, raw, Map.of()));
        }
        // duplicated keys, last one included
        calls.add(new Call("PUT", base + "/sections/plans", DEPARTMENT, "{\"text\":\"a\",\"text\":\"b\"}",
                Map.of("If-Match", "\"999\"")));
        calls.add(new Call("PUT", base + "/header", DEPARTMENT,
                "{\"subordinateUnits\":0,\"filledBy\":\"a\",\"phone\":\"0753-5522401\",\"filledOn\":\"2024-08-23\",\"filledOn\":\"2024-08-24\"}",
                Map.of("If-Match", "\"999\"")));
        calls.add(new Call("POST", base + "/return", BUREAU, "{\"comment\":\"a\",\"comment\":\"b\"}", Map.of()));

        // hostile path values in every slot of every endpoint, with each kind of caller
        for (String value : HostileValues.PATH_VALUES) {
            for (String token : new String[] { DEPARTMENT, BUREAU, null }) {
                calls.addAll(agencyEndpoints(value, String.valueOf(YEAR), token));
                calls.addAll(agencyEndpoints(AGENCY, value, token));
                calls.add(new Call("PUT", base + "/sections/" + value, token, "{\"text\":\"x\"}",
                        Map.of("If-Match", "\"999\"")));
            }
            for (String token : new String[] { DEPARTMENT, BUREAU, null }) {
                calls.add(Call.get("/api/v1/regions/" + value + "/years/" + YEAR + "/overview.xlsx", token, null));
                calls.add(Call.get("/api/v1/regions/441422/years/" + value + "/overview.xlsx", token, null));
                String gate = "/api/v1/regions/" + value + "/publishing-gate";
                calls.add(Call.get(gate, token, null));
                calls.add(new Call("PUT", gate, token, "{\"blockOnErrors\":false}", Map.of()));
            }
            String portal = "/api/v1/public/reports";
            calls.add(Call.get(portal + "?fiscalYear=" + value + "&mofDivCode=441422", null, null));
            calls.add(Call.get(portal + "?fiscalYear=2023&mofDivCode=" + value, null, null));
            calls.add(Call.get(portal + "?fiscalYear=2023&mofDivCode=441422&allVersions=" + value, null, null));
            calls.add(Call.get(portal + "/" + value + "/" + YEAR, null, null));
            calls.add(Call.get(portal + "/" + AGENCY + "/" + value, null, null));
            for (String suffix : new String[] { "", ".html", ".docx", ".pdf", "/score-table.xlsx" }) {
                calls.add(Call.get(portal + "/" + value + "/" + YEAR + "/versions/1" + suffix, null, null));
                calls.add(Call.get(portal + "/" + AGENCY + "/" + value + "/versions/1" + suffix, null, null));
                calls.add(Call.get(portal + "/" + AGENCY + "/" + YEAR + "/versions/" + value + suffix, null, null));
            }
        }
        // malformed department tokens on every endpoint: the agency's own path, and a path equal to the claim
        for (String token : HostileValues.malformedDepartmentTokens()) {
            calls.addAll(agencyEndpoints(AGENCY, String.valueOf(YEAR), token));
            calls.addAll(agencyEndpoints("4".repeat(33), String.valueOf(YEAR), token));
        }
        return calls;
    }

    @Test
    void hostileInputGetsProblemsNeverAFailureAndStoresNothing() throws Exception {
        setUp();
        String before = snapshot();
        List<Call> calls = hostileCalls();
        int failures = 0;
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        long started = System.nanoTime();
        for (Call call : calls) {
            HttpResponse<byte[]> response = send(call);
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                failures++;
            }
            if (status >= 500 || (status >= 400 && !type.startsWith(PROBLEM))
                    || (status < 300 && !"GET".equals(call.method()))) {
                wrong.add(status + " " + type + " ← " + call.method() + " " + call.path() + " "
                        + abbreviate(call.body()) + " " + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
            }
        }
        System.out.printf("HostileInputTest: %d hostile requests in %d ms, %d answered 5xx, %d wrong answers; "
                + "answers by status %s%n", calls.size(), (System.nanoTime() - started) / 1_000_000, failures,
                wrong.size(), statuses);
        wrong.stream().limit(40).forEach(line -> System.out.println("  " + line));
        assertTrue(calls.size() >= 3000, "at least 3000 hostile requests, sent " + calls.size());
        assertEquals(0, failures, "5xx answers to hostile input");
        assertEquals(List.of(), wrong);
        assertEquals(before, snapshot(), "nothing was stored by the refused requests");
    }

    @Test
    void everyResponseCarriesTheBrowserHardeningHeaders() throws Exception {
        setUp();
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR + "/report";
        String portal = "/api/v1/public/reports/" + AGENCY + "/" + YEAR + "/versions/1";
        for (Call call : List.of(Call.get(base + ".html", BUREAU, null), Call.get(base, DEPARTMENT, "text/html"),
                Call.get(portal + ".html", null, null))) {
            HttpResponse<byte[]> response = send(call);
            assertEquals(200, response.statusCode(), call.path());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'", header(response, "Content-Security-Policy"), call.path());
            assertHardened(response, call.path());
        }
        for (Call call : List.of(Call.get(base, BUREAU, "application/json"), Call.get(base + ".docx", BUREAU, null),
                Call.get(portal, null, null), Call.get(portal + ".docx", null, null),
                Call.get("/api/v1/public/reports/%00/2023", null, null), Call.get(base + "/draft", null, null),
                Call.get("/api/v1/no-such-thing", null, null))) {
            HttpResponse<byte[]> response = send(call);
            assertEquals("default-src 'none'; frame-ancestors 'none'", header(response, "Content-Security-Policy"),
                    call.path());
            assertHardened(response, call.path());
        }
    }

    @Test
    void controlCharactersAreRefusedWithAProblemNamingTheField() throws Exception {
        setUp();
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR + "/report";
        JsonNode nul = problem(send(new Call("PUT", base + "/sections/plans", DEPARTMENT, "{\"text\":\"a\\u0000b\"}",
                Map.of("If-Match", "\"999\""))), 400);
        assertEquals("urn:jixiao:problem:invalid-characters", nul.get("type").asText());
        assertEquals("text", nul.get("errors").get(0).get("field").asText());
        assertEquals("INVALID_CHARACTER", nul.get("errors").get(0).get("code").asText());
        assertTrue(nul.get("errors").get(0).get("message").asText().contains("U+0000"));

        JsonNode portal = problem(send(Call.get("/api/v1/public/reports/%00/2023", null, null)), 400);
        assertEquals("urn:jixiao:problem:invalid-parameter", portal.get("type").asText());
        assertEquals("agencyCode", portal.get("errors").get(0).get("field").asText());

        JsonNode duplicate = problem(send(new Call("PUT", base + "/sections/plans", DEPARTMENT,
                "{\"text\":\"a\",\"text\":\"b\"}", Map.of("If-Match", "\"999\""))), 400);
        assertEquals("DUPLICATE_FIELD", duplicate.get("errors").get(0).get("code").asText());
        assertEquals("text", duplicate.get("errors").get(0).get("field").asText());

        JsonNode date = problem(send(new Call("PUT", base + "/header", DEPARTMENT,
                "{\"subordinateUnits\":0,\"filledBy\":\"a\",\"phone\":\"0753-5522401\",\"filledOn\":19000}",
                Map.of("If-Match", "\"999\""))), 400);
        assertEquals("filledOn", date.get("errors").get(0).get("field").asText());
        assertFalse(date.toString().matches(".*(Cannot|deserialize|value of type).*"), "no English parser text");

        JsonNode number = problem(send(new Call("PUT", base + "/sections/plans", DEPARTMENT, "{\"text\":123}",
                Map.of("If-Match", "\"999\""))), 400);
        assertEquals("text", number.get("errors").get(0).get("field").asText());
        assertEquals("INVALID_TYPE", number.get("errors").get(0).get("code").asText());

        for (String token : HostileValues.malformedDepartmentTokens()) {
            int status = send(Call.get(base + "/draft", token, null)).statusCode();
            assertTrue(status == 401 || status == 403, "malformed agency claim: " + status);
        }
    }

    /**
     * A narrative stored before input was checked (written here straight into the table) holds control characters
     * and a non-character: the live HTML and Word renderings leave them out, and the Word file stays readable.
     */
    @Test
    void controlCharactersStoredEarlierAreNotRendered() throws Exception {
        setUp();
        int year = 2024;
        QuarkusTransaction.requiringNew().run(() -> {
            ReportSection section = new ReportSection();
            section.id = new ReportSection.Key(AGENCY, year, "problems");
            section.text = "旧数据\u0001中的\u000B控制\u001F字符\uFFFF与\u007F保留";
            section.version = 1;
            section.updatedAt = Instant.now();
            section.updatedBy = "department:" + AGENCY;
            section.persist();
        });
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + year + "/report";
        HttpResponse<byte[]> html = send(Call.get(base + ".html", BUREAU, null));
        assertEquals(200, html.statusCode(), new String(html.body(), StandardCharsets.UTF_8));
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("旧数据中的控制字符与\u007F保留"), "the text without its control characters");
        assertFalse(page.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFF));

        HttpResponse<byte[]> word = send(Call.get(base + ".docx", BUREAU, null));
        assertEquals(200, word.statusCode());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(text.contains("旧数据中的控制字符与\u007F保留"), "the Word file has the cleaned text");
        }
    }

    /**
     * The fuzzed agency (registered in budget-service, as recorded): every section and the header written; submitted
     * and published as version 1; then one section saved again, so the report is a draft again (submit, return and
     * publish refused by the workflow if anything got that far).
     */
    private synchronized void setUp() throws Exception {
        if (published) {
            return;
        }
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR + "/report";
        JsonNode draft = JSON.readTree(ok(send(Call.get(base + "/draft", DEPARTMENT, null))));
        for (String key : Narrative.KEYS) {
            long version = draft.get("sections").get(key).get("version").asLong();
            ok(send(new Call("PUT", base + "/sections/" + key, DEPARTMENT, "{\"text\":\"（" + key + "）本单位按要求填写。\"}",
                    Map.of("If-Match", "\"" + version + "\""))));
        }
        ok(send(new Call("PUT", base + "/header", DEPARTMENT,
                "{\"subordinateUnits\":0,\"filledBy\":\"何秀明\",\"phone\":\"0753-5522401\",\"filledOn\":\"2024-08-23\"}",
                Map.of("If-Match", "\"" + draft.get("header").get("version").asLong() + "\""))));
        ok(send(new Call("POST", base + "/submit", DEPARTMENT, null, Map.of())));
        ok(send(new Call("POST", base + "/publish", BUREAU, null, Map.of())));
        long plans = JSON.readTree(ok(send(Call.get(base + "/draft", DEPARTMENT, null))))
                .get("sections").get("plans").get("version").asLong();
        ok(send(new Call("PUT", base + "/sections/plans", DEPARTMENT, "{\"text\":\"下一版的计划。\"}",
                Map.of("If-Match", "\"" + plans + "\""))));
        published = true;
    }

    /** What a stored change would show: the agency's draft, history and published list, and every table's size. */
    private String snapshot() throws Exception {
        String base = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR + "/report";
        String counts = QuarkusTransaction.requiringNew().call(() -> ReportDraft.count() + "/" + ReportSection.count()
                + "/" + ReportEvent.count() + "/" + PublishedReport.count() + "/" + PublishingGate.count());
        return counts + "\n" + ok(send(Call.get(base + "/draft", BUREAU, null))) + "\n"
                + ok(send(Call.get(base + "/history", BUREAU, null))) + "\n"
                + ok(send(Call.get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422&allVersions=true", null,
                        null)));
    }

    private HttpResponse<byte[]> send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.replaceAll("/$", "") + call.path()))
                .timeout(Duration.ofSeconds(30));
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        call.headers().forEach(request::header);
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        return HTTP.send(request.method(call.method(), body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String ok(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.uri() + " " + body);
        return body;
    }

    private static JsonNode problem(HttpResponse<byte[]> response, int status) throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), body);
        return JSON.readTree(body);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void assertHardened(HttpResponse<?> response, String what) {
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
        assertEquals("DENY", header(response, "X-Frame-Options"), what);
        assertEquals("no-referrer", header(response, "Referrer-Policy"), what);
        assertEquals(1, response.headers().allValues("X-Content-Type-Options").size(), what);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\p{Cntrl}", "·");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
