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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * Scale-out as users would do it: two budget-service instances behind one database, two evaluation-service instances
 * in one consumer group on a three-partition ledger topic (one of them stopped halfway), and a single reference
 * instance with a group and database of its own. 200 agencies, 100,000 payments: the two-instance scores must equal
 * the single instance's, and the topic must hold every event once, in per-agency order.
 */
class ScaleOutTest {

    private static final int AGENCIES = 200;
    private static final int PAYMENTS = 100_000;
    private static final int BATCH = 5_000;
    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String SYSTEM = DevTokens.mint("finance-system", null);
    private static final String BUREAU = DevTokens.mint("finance-bureau", null);

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ServiceProcess budgetA;
    private static ServiceProcess budgetB;
    private static ServiceProcess evaluationA;
    private static ServiceProcess evaluationB;
    private static ServiceProcess reference;

    @BeforeAll
    static void startInstances() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "scale-out").toAbsolutePath());
        postgres = new PostgresServer(0, null).start();
        kafka = new KafkaBroker(0, Files.createTempDirectory(work, "kafka"), 3).start();
        for (String database : List.of("budget", "evaluation", "evaluation_ref")) {
            postgres.ensureDatabase(database);
        }
        Path key = ServiceProcess.writePublicKey(work);
        budgetA = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key, work.resolve("budget-a.log"),
                Map.of());
        budgetB = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key, work.resolve("budget-b.log"),
                Map.of());
        evaluationA = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-a.log"), Map.of());
        evaluationB = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-b.log"), Map.of());
        reference = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation_ref", kafka, key,
                work.resolve("evaluation-reference.log"),
                Map.of("MP_MESSAGING_INCOMING_BUDGET_LEDGER_GROUP_ID", "evaluation-reference"));
        SERVICES.addAll(List.of(budgetA, budgetB, evaluationA, evaluationB, reference));
        budgetA.start().awaitReady(Duration.ofSeconds(120));
        SERVICES.forEach(ServiceProcess::start);
        SERVICES.forEach(service -> service.awaitReady(Duration.ofSeconds(120)));
    }

    @AfterAll
    static void stopInstances() {
        SERVICES.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesGiveTheScoresOfOneAndTheTopicHoldsEveryEventOnceInOrder() throws Exception {
        long begin = System.nanoTime();
        List<String> agencies = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            String code = "S" + String.format("%08d", a);
            agencies.add(code);
            ServiceProcess budget = a % 2 == 0 ? budgetA : budgetB;
            send(budget, "PUT", "/api/v1/agencies/" + code, "{\"agencyName\":\"扩展测试单位" + a
                    + "\",\"mofDivCode\":\"441499\",\"authorizedStaff\":20,\"actualStaff\":18}");
            send(budget, "POST", "/api/v1/budget-lines/batch", "{\"items\":[" + line(code, "L1", "1", "30101", 2_000_000)
                    + "," + line(code, "L2", "2", "30201", 300_000) + "," + line(code, "L3", "2", "30217", 20_000) + "]}");
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        int batches = PAYMENTS / BATCH;
        sendBatches(senders, agencies, 0, batches / 2);
        evaluationB.stop();
        sendBatches(senders, agencies, batches / 2, batches);
        senders.shutdown();
        double ingestSeconds = (System.nanoTime() - begin) / 1e9;

        long expected = (long) AGENCIES * (1 + 3) + PAYMENTS;
        awaitApplied(evaluationA, expected);
        double groupSeconds = (System.nanoTime() - begin) / 1e9;
        awaitApplied(reference, expected);
        double referenceSeconds = (System.nanoTime() - begin) / 1e9;

        Map<String, String> scaled = overview(evaluationA);
        Map<String, String> single = overview(reference);
        assertEquals(AGENCIES, single.size());
        assertEquals(single, scaled, "two instances, one stopped halfway, score exactly like one");

        TopicCheck topic = readLedger(expected);
        assertEquals(expected, topic.records(), "every accepted change published exactly once");
        assertEquals(0, topic.duplicates(), "no event published twice");
        assertEquals(0, topic.outOfOrder(), "each agency's events in sequence order");
        System.out.printf("scale-out: %d agencies, %d payments through 2 budget-service instances in %.1f s; "
                        + "2 evaluation-service instances (one stopped halfway) caught up after %.1f s, "
                        + "the single reference instance after %.1f s; %d events on the topic, no duplicate, in order%n",
                AGENCIES, PAYMENTS, ingestSeconds, groupSeconds, referenceSeconds, topic.records());
    }

    /** Sends batches [from, to), two at a time, each through the budget-service instance of its parity. */
    private static void sendBatches(ExecutorService senders, List<String> agencies, int from, int to) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (int batch = from; batch < to; batch++) {
            int first = batch * BATCH;
            ServiceProcess budget = batch % 2 == 0 ? budgetA : budgetB;
            sent.add(senders.submit(() -> {
                send(budget, "POST", "/api/v1/payments/batch", payments(agencies, first));
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
    }

    private static String line(String agency, String id, String proCat, String eco, long amount) {
        return "{\"bgtId\":\"" + agency + "-" + id + "\",\"agencyCode\":\"" + agency + "\",\"mofDivCode\":\"441499\","
                + "\"fiscalYear\":2023,\"proCatCode\":\"" + proCat + "\",\"expFuncCode\":\"2070801\",\"depBgtEcoCode\":\""
                + eco + "\",\"govBgtEcoCode\":\"50501\",\"fundTypeCode\":\"111\",\"sourceTypeCode\":\"1\",\"amount\":"
                + amount + ".00,\"docNo\":\"SCALE\",\"docDate\":\"2023-01-05\"}";
    }

    /** A batch of payments spread over the agencies, lines and months; amounts vary so that totals differ. */
    private static String payments(List<String> agencies, int first) {
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int n = first; n < first + BATCH; n++) {
            String agency = agencies.get(n % AGENCIES);
            String lineId = n % 7 == 0 ? "L3" : n % 3 == 0 ? "L2" : "L1";
            if (n > first) {
                body.append(',');
            }
            body.append("{\"payAppId\":\"P").append(n).append("\",\"payCertNo\":\"C").append(n)
                    .append("\",\"bgtId\":\"").append(agency).append('-').append(lineId)
                    .append("\",\"agencyCode\":\"").append(agency).append("\",\"fiscalYear\":2023,\"xpayAmt\":")
                    .append(10 + (n * 37) % 900).append('.').append(String.format("%02d", n % 100))
                    .append(",\"payDate\":\"2023-").append(String.format("%02d", 1 + (n / AGENCIES) % 12))
                    .append("-10\",\"useDes\":\"扩展测试\"}");
        }
        return body.append("]}").toString();
    }

    private static void awaitApplied(ServiceProcess evaluation, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            long applied = 0;
            for (JsonNode row : get(evaluation, "/api/v1/years/2023/scores?mofDivCode=441499")) {
                applied += row.get("ledgerSequence").asLong();
            }
            if (applied >= expected) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(evaluation.name() + " did not catch up with " + expected + " events");
    }

    /** agencyCode → total|grade|execution rate|ledger sequence, from the finance bureau's overview. */
    private static Map<String, String> overview(ServiceProcess evaluation) throws Exception {
        Map<String, String> rows = new HashMap<>();
        for (JsonNode row : get(evaluation, "/api/v1/years/2023/scores?mofDivCode=441499")) {
            rows.put(row.get("agencyCode").asText(), row.get("total").decimalValue().toPlainString() + "|"
                    + row.get("grade").asText() + "|" + row.get("executionRate").decimalValue().toPlainString() + "|"
                    + row.get("ledgerSequence").asLong());
        }
        return rows;
    }

    record TopicCheck(long records, long duplicates, long outOfOrder) {
    }

    /** Reads the whole ledger topic: counts records, distinct event ids, and per-agency sequence breaks. */
    private static TopicCheck readLedger(long expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "scale-check-" + UUID.randomUUID(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<String> eventIds = new HashSet<>();
        Map<String, Long> lastSequence = new HashMap<>();
        long records = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("budget.ledger.v1", Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition("budget.ledger.v1", info.partition())).toList();
            assertTrue(partitions.size() >= 3, "the ledger topic has several partitions");
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    try {
                        JsonNode event = JSON.readTree(record.value());
                        if (!eventIds.add(event.get("eventId").asText())) {
                            duplicates++;
                        }
                        long sequence = event.get("sequence").asLong();
                        Long last = lastSequence.put(record.key(), sequence);
                        if (sequence != (last == null ? 0 : last) + 1) {
                            outOfOrder++;
                        }
                    } catch (Exception e) {
                        throw new AssertionError("unreadable ledger record", e);
                    }
                }
            }
        }
        assertEquals(expected, eventIds.size(), "distinct event ids");
        return new TopicCheck(records, duplicates, outOfOrder);
    }

    private static void send(ServiceProcess budget, String method, String path, String json) throws Exception {
        HttpResponse<String> response = Resend.whileBusy(HTTP, HttpRequest.newBuilder(URI.create(budget.url() + path))
                .header("Authorization", "Bearer " + SYSTEM).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofMinutes(5)).build());
        assertTrue(response.statusCode() < 300, path + " → " + response.statusCode() + " " + response.body());
    }

    private static JsonNode get(ServiceProcess service, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Authorization", "Bearer " + BUREAU).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return JSON.readTree(response.body());
    }
}
