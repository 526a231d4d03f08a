package cn.jixiao.e2e;

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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.DemoLoader;
import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * The whole system as in production: the three packaged services as separate processes on one Kafka broker and one
 * PostgreSQL, the sample department driven through their APIs from ingest to a published report.
 */
class SampleDepartmentEndToEndTest {

    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
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

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + DevTokens.mint("finance-bureau", null)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + " → " + response.body());
        return JSON.readTree(response.body());
    }
}
