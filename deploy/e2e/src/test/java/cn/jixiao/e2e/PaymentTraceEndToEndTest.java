package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * One payment, one trace, across the packaged services with tracing turned on as docs/deploy.md says: the services
 * export over OTLP/HTTP to a collector in the test, and the payment's trace holds the ingest request
 * (budget-service), the relay's send, the processing (evaluation-service) and the rescoring, each the child of the
 * one before.
 */
class PaymentTraceEndToEndTest {

    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
    private static final String AGENCY = "441422977";
    private static final String SYSTEM = DevTokens.mint("finance-system", null);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static OtlpCollector collector;
    private static ServiceProcess budget;
    private static ServiceProcess evaluation;

    @BeforeAll
    static void startTracedServices() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "e2e-trace").toAbsolutePath());
        postgres = new PostgresServer(0, null).start();
        kafka = new KafkaBroker(0, Files.createTempDirectory(work, "kafka"), 3).start();
        collector = new OtlpCollector();
        Path key = ServiceProcess.writePublicKey(work);
        Map<String, String> tracing = Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        postgres.ensureDatabase("budget");
        postgres.ensureDatabase("evaluation");
        budget = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key,
                work.resolve("budget-service.log"), tracing).start();
        evaluation = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-service.log"), tracing).start();
        budget.awaitReady(Duration.ofSeconds(120));
        evaluation.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {budget == null ? null : budget::stop,
                evaluation == null ? null : evaluation::stop, collector, kafka, postgres}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("stopping: " + e.getMessage());
            }
        }
    }

    @Test
    void aPaymentsTraceShowsIngestSendProcessAndScoreAcrossTheServices() throws Exception {
        send("PUT", "/api/v1/agencies/" + AGENCY, "{\"agencyName\":\"追踪测试单位\",\"mofDivCode\":\"441422\","
                + "\"authorizedStaff\":10,\"actualStaff\":9}");
        send("POST", "/api/v1/budget-lines/batch", "{\"items\":[{\"bgtId\":\"" + AGENCY + "-L1\",\"agencyCode\":\""
                + AGENCY + "\",\"mofDivCode\":\"441422\",\"fiscalYear\":2023,\"proCatCode\":\"2\","
                + "\"expFuncCode\":\"2070801\",\"depBgtEcoCode\":\"30201\",\"govBgtEcoCode\":\"50502\","
                + "\"fundTypeCode\":\"111\",\"sourceTypeCode\":\"1\",\"amount\":5000.00,"
                + "\"docNo\":\"埔财预〔2023〕1号\",\"docDate\":\"2023-01-10\"}]}");
        String lineTrace = awaitSpan(span -> "/api/v1/budget-lines/batch".equals(span.attribute("http.route")))
                .traceId();
        awaitSpan(span -> span.span().getName().equals("score") && span.traceId().equals(lineTrace));

        send("POST", "/api/v1/payments/batch", "{\"items\":[{\"payAppId\":\"" + AGENCY + "-P1\",\"payCertNo\":\"PZ-1\","
                + "\"bgtId\":\"" + AGENCY + "-L1\",\"agencyCode\":\"" + AGENCY + "\",\"fiscalYear\":2023,"
                + "\"xpayAmt\":100.00,\"payDate\":\"2023-03-02\",\"useDes\":\"办公用品采购\"}]}");

        OtlpCollector.Received ingest = awaitSpan(span ->
                "/api/v1/payments/batch".equals(span.attribute("http.route")));
        String trace = ingest.traceId();
        OtlpCollector.Received send = awaitSpan(span -> span.traceId().equals(trace)
                && span.span().getName().equals("send budget.ledger.v1"));
        OtlpCollector.Received process = awaitSpan(span -> span.traceId().equals(trace)
                && span.span().getName().equals("process budget.ledger.v1"));
        OtlpCollector.Received score = awaitSpan(span -> span.traceId().equals(trace)
                && span.span().getName().equals("score"));

        // span -> (service, parent), in the order of the payment's way
        List<List<Object>> chain = List.of(
                List.of(ingest, "budget-service", ""),
                List.of(send, "budget-service", ingest.spanId()),
                List.of(process, "evaluation-service", send.spanId()),
                List.of(score, "evaluation-service", process.spanId()));
        for (List<Object> link : chain) {
            OtlpCollector.Received span = (OtlpCollector.Received) link.get(0);
            assertEquals(link.get(1), span.service(), span.span().getName());
            assertEquals(link.get(2), span.parentSpanId().replaceAll("^0+$", ""), span.span().getName() + "'s parent");
        }
        assertEquals(AGENCY, score.attribute("jixiao.agency_code"));
        assertTrue(score.linkedSpanIds().isEmpty(), "the payment was alone in its batch");
    }

    private static OtlpCollector.Received awaitSpan(Predicate<OtlpCollector.Received> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<OtlpCollector.Received> found = collector.spans().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such span within 60 s among " + collector.spans().size() + " received");
    }

    private static void send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = Resend.whileBusy(HTTP, HttpRequest.newBuilder(URI.create(budget.url() + path))
                .header("Authorization", "Bearer " + SYSTEM).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofMinutes(1)).build());
        assertTrue(response.statusCode() < 300, path + " → " + response.statusCode() + " " + response.body());
    }
}
