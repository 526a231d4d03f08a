package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.DemoLoader;
import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * The whole system as in production: the three packaged services as separate processes on one Kafka broker and one
 * PostgreSQL, the sample department driven through their APIs from ingest to a published report; then the sources'
 * answers that report-service's tests replay checked against the real ones, and a payment while evaluation-service is
 * down and a budget-service outage after publication.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleDepartmentEndToEndTest {

    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
    private static final String AGENCY = "441422001";
    private static final String YEAR = "/api/v1/agencies/" + AGENCY + "/years/2023";
    /** The agency report-service's HostileInputTest fuzzes: registered, without a ledger. */
    private static final String REGISTERED_AGENCY = "441422901";
    private static final List<String> RECORDED = List.of(
            "budget-service" + YEAR + "/execution",
            "evaluation-service" + YEAR + "/scores",
            "budget-service/api/v1/agencies/" + REGISTERED_AGENCY + "/years/2023/execution",
            "budget-service/api/v1/agencies/" + REGISTERED_AGENCY + "/years/2024/execution");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath());
        postgres = new PostgresServer(0, null).start();
        kafka = new KafkaBroker(0, Files.createTempDirectory(work, "kafka"), 3).start();
        Path key = ServiceProcess.writePublicKey(work);
        for (String database : List.of("budget", "evaluation", "report")) {
            postgres.ensureDatabase(database);
        }
        ServiceProcess budget = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key,
                work.resolve("budget-service.log"), Map.of());
        ServiceProcess evaluation = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-service.log"), Map.of());
        ServiceProcess report = ServiceProcess.of(HOME, "report-service", 0, postgres, "report", kafka, key,
                work.resolve("report-service.log"), Map.of("BUDGET_SERVICE_URL", budget.url(),
                        "EVALUATION_SERVICE_URL", evaluation.url()));
        SERVICES.addAll(List.of(budget, evaluation, report));
        SERVICES.forEach(ServiceProcess::start);
        SERVICES.forEach(service -> service.awaitReady(Duration.ofSeconds(120)));
    }

    @AfterAll
    static void stopTheSystem() {
        SERVICES.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void fromIngestToAPublishedReportWithTheSampleFigures() throws Exception {
        new DemoLoader(SERVICES.get(0).url(), SERVICES.get(1).url(), SERVICES.get(2).url(),
                HOME.resolve("deploy/demo/dabu-2023")).load();

        JsonNode scores = get(SERVICES.get(1).url() + "/api/v1/agencies/441422001/years/2023/scores");
        assertEquals("90.00", scores.get("total").decimalValue().setScale(2).toPlainString());
        assertEquals("优", scores.get("grade").asText());

        JsonNode published = get(SERVICES.get(2).url() + "/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422");
        String docxPath = published.get(0).get("links").get("docx").asText();
        byte[] docx = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICES.get(2).url() + docxPath)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"))
                    + document.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            for (String figure : List.of("1924.28", "1834.36", "95.33%", "1786.59", "47.77", "1457.19", "183.37",
                    "193.80", "2156.69", "优")) {
                assertTrue(text.contains(figure), "the published Word file states " + figure);
            }
            assertTrue(text.contains("90"), "the published Word file states the total");
        }
    }

    /**
     * report-service's tests replay recorded answers of its sources (report-service/src/test/resources/recorded):
     * they must be what the services answer for the sample department. {@code -Djixiao.record=true} records them
     * again.
     */
    @Test
    @Order(2)
    void theAnswersReportServiceTestsReplayAreTheServicesAnswers() throws Exception {
        HttpResponse<String> registered = send("PUT", SERVICES.get(0).url() + "/api/v1/agencies/" + REGISTERED_AGENCY,
                DevTokens.mint("finance-system", null), "{\"agencyName\":\"大埔县模糊测试中心\",\"mofDivCode\":\"441422\","
                        + "\"authorizedStaff\":10,\"actualStaff\":9}");
        assertTrue(registered.statusCode() < 300, registered.body());
        SourceRecordings recordings = new SourceRecordings(HOME.resolve("report-service/src/test/resources/recorded"),
                HTTP);
        List<String> differences = recordings.compare(Map.of("budget-service", SERVICES.get(0).url(),
                        "evaluation-service", SERVICES.get(1).url()), RECORDED,
                DevTokens.mint("finance-bureau", null), Boolean.getBoolean("jixiao.record"));
        assertEquals(List.of(), differences, "recorded answers that differ from the services' (re-record with "
                + "-Djixiao.record=true, see report-service/src/test/resources/recorded/README.md)");
        String bureau = DevTokens.mint("finance-bureau", null);
        String scores = "/api/v1/agencies/" + REGISTERED_AGENCY + "/years/2023/scores";
        assertEquals(404, send("GET", SERVICES.get(1).url() + scores, bureau, null).statusCode(), "no scores yet: the tests replay a 404, as for every path not recorded");
        assertEquals(404, send("GET", SERVICES.get(0).url() + "/api/v1/agencies/441422777/years/2023/execution",
                bureau, null).statusCode(), "an agency budget-service does not know");
    }

    /**
     * A payment sent while evaluation-service is stopped counts exactly once after it restarts; the version published
     * before stays byte for byte what it was, through that payment and through a budget-service outage, during which
     * the live report is refused with a problem rather than assembled half.
     */
    @Test
    @Order(3)
    void aPaymentWhileEvaluationIsDownCountsOnceAndThePublishedVersionOutlivesItAndABudgetOutage() throws Exception {
        ServiceProcess budget = SERVICES.get(0);
        ServiceProcess evaluation = SERVICES.get(1);
        String report = SERVICES.get(2).url();
        String published = report + "/api/v1/public/reports/" + AGENCY + "/2023/versions/1";
        byte[] json = bytes(published);
        byte[] docx = bytes(published + ".docx");

        evaluation.stop();
        long sequence;
        try {
            HttpResponse<String> payment = send("POST", budget.url() + "/api/v1/payments",
                    DevTokens.mint("finance-system", null), "{\"payAppId\":\"ZF2023-E2E-2\",\"payCertNo\":\"PZ-E2E-2\","
                            + "\"bgtId\":\"ZB2023-441422001-0001\",\"agencyCode\":\"" + AGENCY + "\","
                            + "\"fiscalYear\":2023,"
                            + "\"xpayAmt\":25000.00,\"payDate\":\"2023-12-29\",\"useDes\":\"评分服务停机期间的支付\"}");
            assertEquals(201, payment.statusCode(), payment.body());
            sequence = JSON.readTree(payment.body()).get("sequence").asLong();
        } finally {
            evaluation.start().awaitReady(Duration.ofSeconds(120));
        }
        String scoresUrl = evaluation.url() + YEAR + "/scores";
        awaitUntil(Duration.ofSeconds(60), () -> get(scoresUrl).get("asOf").get("ledgerSequence").asLong() >= sequence);
        JsonNode execution = get(budget.url() + YEAR + "/execution");
        JsonNode rate = get(scoresUrl).get("indicators").get(1).get("children").get(0).get("children").get(0)
                .get("value");
        assertEquals(execution.get("executionRate").decimalValue().setScale(2).toPlainString(),
                rate.decimalValue().setScale(2).toPlainString(),
                "the score's execution rate equals the ledger's: the payment counted exactly once");
        assertArrayEquals(json, bytes(published));

        budget.stop();
        try {
            assertArrayEquals(json, bytes(published));
            assertArrayEquals(docx, bytes(published + ".docx"));
            HttpResponse<String> live = send("GET", report + YEAR + "/report", DevTokens.mint("department", AGENCY),
                    null);
            assertEquals(503, live.statusCode(), live.body());
            assertTrue(live.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } finally {
            budget.start().awaitReady(Duration.ofSeconds(120));
        }
        assertArrayEquals(json, bytes(published));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains("1834.36")));
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = send("GET", url, DevTokens.mint("finance-bureau", null), null);
        assertEquals(200, response.statusCode(), url + " → " + response.body());
        return JSON.readTree(response.body());
    }

    private static byte[] bytes(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitUntil(Duration timeout, Check condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, "not reached within " + timeout);
            Thread.sleep(200);
        }
    }

    /** A condition that may call the services. */
    private interface Check {
        boolean holds() throws Exception;
    }
}
