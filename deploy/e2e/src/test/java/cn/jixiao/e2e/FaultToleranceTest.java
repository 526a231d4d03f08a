package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * Failures as they happen to real deployments, on the packaged services as processes: two budget-service instances on
 * one database, two evaluation-service instances in one group on a three-partition topic. A budget instance killed
 * mid-batch and mid-publish, the lease holder frozen, an evaluation instance killed, an agency whose sums pass any
 * fixed precision and an agency the database refuses. After each, the ledger, the topic and every agency's aggregates
 * agree: nothing lost, nothing counted twice, the other agencies current.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final int AGENCIES = 30;
    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SYSTEM = DevTokens.mint("finance-system", null);
    private static final String BUREAU = DevTokens.mint("finance-bureau", null);
    private static final String MAX_AMOUNT = "9999999999999999.99";
    private static final Duration PUBLISH_RESUME_LIMIT = Duration.ofSeconds(10);
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(10);

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static final List<String> AGENCY_CODES = new ArrayList<>();
    private static ServiceProcess budgetA;
    private static ServiceProcess budgetB;
    private static ServiceProcess evaluationA;
    private static ServiceProcess evaluationB;
    private static int nextPayment;

    @BeforeAll
    static void startInstances() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "faults").toAbsolutePath());
        postgres = new PostgresServer(0, null).start();
        kafka = new KafkaBroker(0, Files.createTempDirectory(work, "kafka"), 3).start();
        postgres.ensureDatabase("budget");
        postgres.ensureDatabase("evaluation");
        Path key = ServiceProcess.writePublicKey(work);
        // the overflow case needs amounts up to the columns' range; production keeps the default ceiling
        Map<String, String> wideCeiling = Map.of("JIXIAO_LEDGER_MAX_AMOUNT", MAX_AMOUNT);
        budgetA = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key,
                work.resolve("budget-a.log"), wideCeiling);
        budgetB = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key,
                work.resolve("budget-b.log"), wideCeiling);
        evaluationA = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-a.log"), Map.of());
        evaluationB = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-b.log"), Map.of());
        SERVICES.addAll(List.of(budgetA, budgetB, evaluationA, evaluationB));
        budgetA.start().awaitReady(Duration.ofSeconds(120));
        evaluationA.start().awaitReady(Duration.ofSeconds(120));
        budgetB.start();
        evaluationB.start();
        budgetB.awaitReady(Duration.ofSeconds(120));
        evaluationB.awaitReady(Duration.ofSeconds(120));
        for (int a = 0; a < AGENCIES; a++) {
            String code = "F" + String.format("%08d", a);
            AGENCY_CODES.add(code);
            send(budgetA, "PUT", "/api/v1/agencies/" + code, agency(code, a));
            send(budgetA, "POST", "/api/v1/budget-lines/batch", "{\"items\":[" + line(code, "L1", "1", "30101",
                    "5000000.00") + "," + line(code, "L2", "2", "30201", "800000.00") + "]}");
        }
        assertAgreement(Set.of());
    }

    /** A scenario that failed half-way must not leave the next one without its instances. */
    @BeforeEach
    void everyInstanceRunning() {
        for (ServiceProcess service : SERVICES) {
            if (!service.isAlive()) {
                service.start().awaitReady(Duration.ofSeconds(120));
            }
        }
    }

    @AfterAll
    static void stopInstances() {
        for (ServiceProcess service : SERVICES) {
            try {
                service.thaw();
            } catch (RuntimeException e) {
                // not running
            }
            service.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aBudgetInstanceKilledMidBatchLosesNothingAndTheResentBatchCountsOnce() throws Exception {
        int first = nextPayment;
        String batch = payments(5_000);
        String ofBatch = "select count(*) from payment where pay_app_id like 'FP%' and substring(pay_app_id from 3)"
                + "::int between " + first + " and " + (first + 4_999);
        CompletableFuture<HttpResponse<String>> sent = HTTP.sendAsync(post(budgetA, "/api/v1/payments/batch", batch),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(120);
        budgetA.kill();
        String outcome;
        try {
            outcome = "answered " + sent.get(30, TimeUnit.SECONDS).statusCode() + " before the kill";
        } catch (ExecutionException e) {
            outcome = "cut off (" + e.getCause().getClass().getSimpleName() + ")";
        }
        long stored = count("budget", ofBatch);
        assertTrue(stored == 0 || stored == 5_000, "a batch is stored whole or not at all, found " + stored);
        HttpResponse<String> resent = Resend.whileBusy(HTTP, post(budgetB, "/api/v1/payments/batch", batch));
        assertEquals(200, resent.statusCode(), resent.body());
        assertEquals(5_000, count("budget", ofBatch));
        budgetA.start().awaitReady(Duration.ofSeconds(120));
        System.out.printf("faults: budget-service killed 120 ms into a 5,000-payment batch: request %s, %d of the "
                + "batch stored before the resend (%s), all 5,000 once after it%n", outcome, stored,
                stored == 0 ? "rolled back" : "committed before the kill");
        assertAgreement(Set.of());
    }

    @Test
    @Order(2)
    void theRelayKilledMidPublishIsReplacedAndEveryEventArrives() throws Exception {
        ServiceProcess holder = leaseHolder();
        ServiceProcess other = holder == budgetA ? budgetB : budgetA;
        List<CompletableFuture<HttpResponse<String>>> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpRequest batch = post(other, "/api/v1/payments/batch", payments(5_000));
            load.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Resend.whileBusy(HTTP, batch);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        awaitUntil(Duration.ofSeconds(60), () -> backlog() > 0);
        holder.kill();
        long killedAt = System.nanoTime();
        for (CompletableFuture<HttpResponse<String>> sent : load) {
            assertEquals(200, sent.get(120, TimeUnit.SECONDS).statusCode());
        }
        awaitUntil(Duration.ofSeconds(60), () -> backlog() == 0);
        double drained = (System.nanoTime() - killedAt) / 1e9;
        holder.start().awaitReady(Duration.ofSeconds(120));
        System.out.printf("faults: lease holder killed mid-publish; the other instance drained the outbox %.1f s "
                + "later (20,000 payments)%n", drained);
        assertAgreement(Set.of());
    }

    @Test
    @Order(3)
    void aFrozenLeaseHolderIsReplacedWithinSeconds() throws Exception {
        ServiceProcess holder = leaseHolder();
        ServiceProcess other = holder == budgetA ? budgetB : budgetA;
        holder.freeze();
        long frozenAt = System.nanoTime();
        try {
            send(other, "POST", "/api/v1/payments/batch", payments(300));
            awaitUntil(Duration.ofSeconds(60), () -> backlog() == 0);
        } finally {
            holder.thaw();
        }
        Duration resumed = Duration.ofNanos(System.nanoTime() - frozenAt);
        System.out.printf("faults: lease holder frozen (SIGSTOP); publishing resumed through the other instance "
                + "%.1f s after the freeze%n", resumed.toMillis() / 1000.0);
        assertTrue(resumed.compareTo(PUBLISH_RESUME_LIMIT) <= 0, "publishing resumed after " + resumed);
        holder.awaitReady(Duration.ofSeconds(60));
        send(holder, "POST", "/api/v1/payments/batch", payments(100));
        assertAgreement(Set.of());
    }

    @Test
    @Order(4)
    void aKilledEvaluationInstanceIsTakenOverWithinSeconds() throws Exception {
        assertAgreement(Set.of());
        evaluationB.kill();
        long killedAt = System.nanoTime();
        send(budgetA, "POST", "/api/v1/payments/batch", payments(AGENCIES * 3));
        Map<String, Long> expected = budgetSequences();
        awaitUntil(Duration.ofSeconds(120), () -> evaluationSequences().equals(expected));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf("faults: evaluation-service instance killed (kill -9); its partitions' new events were "
                + "applied by the other instance %.1f s after the kill%n", takeover.toMillis() / 1000.0);
        assertTrue(takeover.compareTo(TAKEOVER_LIMIT) <= 0, "takeover took " + takeover);
        evaluationB.start().awaitReady(Duration.ofSeconds(120));
        assertAgreement(Set.of());
    }

    @Test
    @Order(5)
    void sumsPastAnyFixedPrecisionAreExactAndARefusedAgencyIsParkedWhileTheOthersScore() throws Exception {
        String huge = AGENCY_CODES.get(0);
        String refused = AGENCY_CODES.get(1);
        sql("evaluation", "create function fail_refused() returns trigger language plpgsql as $$ begin "
                + "if new.agency_code = '" + refused + "' then raise exception 'refused by the test'; end if; "
                + "return new; end $$");
        sql("evaluation", "create trigger fail_refused before insert or update on ledger_aggregate for each row "
                + "execute function fail_refused()");
        try {
            send(budgetA, "POST", "/api/v1/budget-lines/batch", "{\"items\":["
                    + line(huge, "H1", "3", "30213", MAX_AMOUNT) + "," + line(huge, "H2", "3", "30213", MAX_AMOUNT)
                    + "," + line(huge, "H3", "2", "30201", MAX_AMOUNT) + "]}");
            send(budgetB, "POST", "/api/v1/payments/batch", payments(AGENCIES * 4));
            awaitUntil(Duration.ofSeconds(60), () -> quarantined().contains(refused));
            assertAgreement(Set.of(refused));
            assertEquals(1, quarantined().size(), "only the refused agency is parked: " + quarantined());
            BigDecimal hugeBudget = new BigDecimal(single("evaluation",
                    "select sum(adjusted_budget) from ledger_aggregate where agency_code = '" + huge + "'"));
            assertEquals(new BigDecimal("29999999999999999.97").add(new BigDecimal("5800000.00")), hugeBudget);
        } finally {
            sql("evaluation", "drop trigger if exists fail_refused on ledger_aggregate");
            sql("evaluation", "drop function if exists fail_refused()");
        }
        JsonNode released = JSON.readTree(send(evaluationA, "POST",
                "/api/v1/admin/ledger/quarantine/" + refused + "/retry", null, BUREAU));
        assertTrue(released.get("released").asBoolean(), released.toString());
        assertTrue(quarantined().isEmpty());
        assertAgreement(Set.of());
        System.out.printf("faults: an agency with three budget lines of %s 元 scored exactly; an agency the database "
                + "refused was parked (%d events applied on release) while %d others stayed current%n", MAX_AMOUNT,
                released.get("applied").asInt(), AGENCIES - 1);
    }

    /**
     * Ledger, topic and aggregates agree: the outbox is empty, the topic holds every event of the ledger (duplicates
     * of a killed relay allowed, never a gap), and every agency but {@code parked} is applied up to its last sequence
     * with the ledger's totals.
     */
    private static void assertAgreement(Set<String> parked) throws Exception {
        awaitUntil(Duration.ofSeconds(60), () -> backlog() == 0);
        Map<String, Long> ledger = budgetSequences();
        TopicCheck topic = readTopic();
        assertEquals(count("budget", "select count(*) from outbox_event"), topic.distinctEvents(),
                "every event of the outbox on the topic");
        assertEquals(ledger, topic.lastSequences(), "the topic holds each agency's sequence without a gap");
        Map<String, Long> expected = new TreeMap<>(ledger);
        parked.forEach(expected::remove);
        awaitUntil(Duration.ofSeconds(120), () -> {
            Map<String, Long> applied = evaluationSequences();
            parked.forEach(applied::remove);
            return applied.equals(expected);
        });
        Map<String, String> budgetTotals = totals("budget", "select a.agency_code, "
                + "coalesce((select sum(amount) from budget_line b where b.agency_code = a.agency_code), 0)::numeric(40,2) "
                + "|| '|' || coalesce((select sum(xpay_amt) from payment p where p.agency_code = a.agency_code), 0)"
                + "::numeric(40,2) from agency a");
        Map<String, String> evaluationTotals = totals("evaluation", "select agency_code, "
                + "sum(adjusted_budget)::numeric(40,2) || '|' || sum(spending)::numeric(40,2) from ledger_aggregate "
                + "group by agency_code");
        parked.forEach(budgetTotals::remove);
        parked.forEach(evaluationTotals::remove);
        assertEquals(budgetTotals, evaluationTotals, "aggregates equal the ledger, nothing lost or counted twice");
        if (topic.duplicates() > 0) {
            System.out.printf("faults: %d duplicate records on the topic (a relay killed mid-publish), all skipped%n",
                    topic.duplicates());
        }
    }

    record TopicCheck(long distinctEvents, long duplicates, Map<String, Long> lastSequences) {
    }

    /** Every record of the ledger topic: distinct events, duplicates, and per agency the last sequence of an unbroken run. */
    private static TopicCheck readTopic() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-check-" + UUID.randomUUID(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<String> eventIds = new HashSet<>();
        Map<String, Set<Long>> sequences = new HashMap<>();
        long duplicates = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("budget.ledger.v1", Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition("budget.ledger.v1", info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        JsonNode event = JSON.readTree(record.value());
                        if (!eventIds.add(event.get("eventId").asText())) {
                            duplicates++;
                        }
                        sequences.computeIfAbsent(record.key(), k -> new HashSet<>()).add(event.get("sequence").asLong());
                    } catch (Exception e) {
                        throw new AssertionError("unreadable ledger record", e);
                    }
                }
            }
        }
        Map<String, Long> unbroken = new TreeMap<>();
        sequences.forEach((agency, seen) -> {
            long last = 0;
            while (seen.contains(last + 1)) {
                last++;
            }
            unbroken.put(agency, last);
        });
        return new TopicCheck(eventIds.size(), duplicates, unbroken);
    }

    private static ServiceProcess leaseHolder() throws Exception {
        awaitUntil(Duration.ofSeconds(30), () -> !single("budget",
                "select coalesce(max(holder), '') from outbox_relay_lease").isEmpty());
        String holder = single("budget", "select holder from outbox_relay_lease where name = 'ledger-outbox-relay'");
        long pid = Long.parseLong(holder.substring(0, holder.indexOf('@')));
        return budgetA.pid() == pid ? budgetA : budgetB;
    }

    private static long backlog() {
        return count("budget", "select count(*) from outbox_event where published_at is null");
    }

    private static Map<String, Long> budgetSequences() {
        Map<String, Long> sequences = new TreeMap<>();
        totals("budget", "select agency_code, max(sequence) from outbox_event group by agency_code")
                .forEach((agency, sequence) -> sequences.put(agency, Long.parseLong(sequence)));
        return sequences;
    }

    private static Map<String, Long> evaluationSequences() {
        Map<String, Long> sequences = new TreeMap<>();
        totals("evaluation", "select agency_code, last_sequence from ledger_position")
                .forEach((agency, sequence) -> sequences.put(agency, Long.parseLong(sequence)));
        return sequences;
    }

    private static Set<String> quarantined() {
        try {
            Set<String> codes = new HashSet<>();
            for (JsonNode entry : JSON.readTree(send(evaluationA, "GET", "/api/v1/admin/ledger/quarantine", null,
                    BUREAU))) {
                codes.add(entry.get("agencyCode").asText());
            }
            return codes;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String agency(String code, int n) {
        return "{\"agencyName\":\"故障测试单位" + n + "\",\"mofDivCode\":\"441477\",\"authorizedStaff\":20,"
                + "\"actualStaff\":18}";
    }

    private static String line(String agency, String id, String proCat, String eco, String amount) {
        return "{\"bgtId\":\"" + agency + "-" + id + "\",\"agencyCode\":\"" + agency + "\",\"mofDivCode\":\"441477\","
                + "\"fiscalYear\":2023," + ("3".equals(proCat) ? "\"proCode\":\"" + agency + "-" + id
                + "\",\"proName\":\"故障测试项目\"," : "") + "\"proCatCode\":\"" + proCat + "\",\"expFuncCode\":\"2070801\",\"depBgtEcoCode\":\""
                + eco + "\",\"govBgtEcoCode\":\"50501\",\"fundTypeCode\":\"111\",\"sourceTypeCode\":\"1\",\"amount\":"
                + amount + ",\"docNo\":\"FAULT\",\"docDate\":\"2023-01-05\"}";
    }

    /** The next {@code count} payments, spread over the agencies and months, with amounts that vary. */
    private static String payments(int count) {
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i = 0; i < count; i++) {
            int n = nextPayment++;
            String agency = AGENCY_CODES.get(n % AGENCIES);
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"payAppId\":\"FP").append(n).append("\",\"payCertNo\":\"FC").append(n)
                    .append("\",\"bgtId\":\"").append(agency).append(n % 3 == 0 ? "-L2" : "-L1")
                    .append("\",\"agencyCode\":\"").append(agency).append("\",\"fiscalYear\":2023,\"xpayAmt\":")
                    .append(10 + (n * 37) % 900).append('.').append(String.format("%02d", n % 100))
                    .append(",\"payDate\":\"2023-").append(String.format("%02d", 1 + n % 12))
                    .append("-10\",\"useDes\":\"故障测试\"}");
        }
        return body.append("]}").toString();
    }

    private static HttpRequest post(ServiceProcess budget, String path, String json) {
        return HttpRequest.newBuilder(URI.create(budget.url() + path))
                .header("Authorization", "Bearer " + SYSTEM).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofMinutes(3)).build();
    }

    private static String send(ServiceProcess service, String method, String path, String json) throws Exception {
        return send(service, method, path, json, SYSTEM);
    }

    private static String send(ServiceProcess service, String method, String path, String json, String token)
            throws Exception {
        HttpResponse<String> response = Resend.whileBusy(HTTP, HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofMinutes(3)).build());
        assertTrue(response.statusCode() < 300, path + " → " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private static void awaitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private static void sql(String database, String statement) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String single(String database, String query) {
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }

    private static long count(String database, String query) {
        return Long.parseLong(single(database, query));
    }

    /** First column → second column of every row. */
    private static Map<String, String> totals(String database, String query) {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
        return rows;
    }
}
