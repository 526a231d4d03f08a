package cn.jixiao.evaluation.pages;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.jixiao.localstack.DevTokens;
import io.restassured.http.ContentType;

/** Agencies made the way production makes them: ledger events on budget.ledger.v1, read back through the API. */
final class PageFixture {

    static final int YEAR = 2023;
    static final String BUREAU = DevTokens.mint("finance-bureau", null);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private PageFixture() {
    }

    static String newCode(String prefix, int digits) {
        long bound = (long) Math.pow(10, digits);
        return prefix + ThreadLocalRandom.current().nextLong(bound / 10, bound);
    }

    static String department(String agencyCode) {
        return DevTokens.mint("department", agencyCode);
    }

    /**
     * Registers the agency in the region with a budget of 120,000.00 and one payment in each month, the i-th of
     * {@code 1000 × (i + monthlyStep)}, then waits until its scores include every event; returns the score view.
     */
    static JsonNode agency(String agencyCode, String name, String region, int monthlyStep) {
        List<String> events = new ArrayList<>();
        add(events, agencyCode, "AgencyRegistered", null, data("agencyCode", agencyCode, "agencyName", name,
                "mofDivCode", region, "authorizedStaff", 10, "actualStaff", 9));
        add(events, agencyCode, "BudgetLineRecorded", YEAR, data("bgtId", agencyCode + "-L1", "oriBgtId", null,
                "agencyCode", agencyCode, "fiscalYear", YEAR, "amount", new BigDecimal("80000.00"),
                "expenseKind", "running", "threePublicGroup", null, "initialBudget", true));
        add(events, agencyCode, "BudgetLineRecorded", YEAR, data("bgtId", agencyCode + "-L2", "oriBgtId", null,
                "agencyCode", agencyCode, "fiscalYear", YEAR, "amount", new BigDecimal("40000.00"),
                "expenseKind", "project", "threePublicGroup", null, "initialBudget", true));
        for (int month = 1; month <= 12; month++) {
            add(events, agencyCode, "PaymentRecorded", YEAR, data("payAppId", agencyCode + "-P" + month,
                    "agencyCode", agencyCode, "fiscalYear", YEAR,
                    "xpayAmt", new BigDecimal(1000 * (month + monthlyStep)).setScale(2),
                    "payDate", String.format("%d-%02d-15", YEAR, month),
                    "expenseKind", month % 3 == 0 ? "project" : "running", "threePublicGroup", null));
        }
        add(events, agencyCode, "AssetSnapshotRecorded", YEAR, data("agencyCode", agencyCode,
                "snapshotDate", YEAR + "-12-31", "totalOriginalValue", new BigDecimal("200000.00"),
                "inUseOriginalValue", new BigDecimal("180000.00")));
        publish(agencyCode, events);
        String path = "/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/scores";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(BUREAU).get(path);
            return response.statusCode() == 200
                    && response.jsonPath().getLong("asOf.ledgerSequence") == events.size();
        });
        return scores(agencyCode);
    }

    static JsonNode scores(String agencyCode) {
        return read(given().auth().oauth2(BUREAU)
                .get("/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/scores")
                .then().statusCode(200).extract().asString());
    }

    /** The agency's row of the API's region overview. */
    static JsonNode summary(String region, String agencyCode) {
        for (JsonNode row : read(given().auth().oauth2(BUREAU).queryParam("mofDivCode", region)
                .get("/api/v1/years/" + YEAR + "/scores").then().statusCode(200).extract().asString())) {
            if (row.get("agencyCode").asText().equals(agencyCode)) {
                return row;
            }
        }
        throw new AssertionError(agencyCode + " not in the overview of " + region);
    }

    static void departmentInputs(String agencyCode) {
        given().auth().oauth2(department(agencyCode)).contentType(ContentType.JSON)
                .body(Map.of("keyTasksPlanned", 4, "keyTasksCompleted", 3, "petitionsReceived", 2,
                        "petitionsHandled", 2, "satisfactionRate", 93.5))
                .put("/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/department-inputs")
                .then().statusCode(200);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<String> events, String agencyCode, String type, Integer fiscalYear,
            Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID());
        envelope.put("type", type);
        envelope.put("occurredAt", Instant.now());
        envelope.put("agencyCode", agencyCode);
        envelope.put("fiscalYear", fiscalYear);
        envelope.put("sequence", events.size() + 1);
        envelope.put("data", data);
        try {
            events.add(JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> data(Object... keyValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put((String) keyValues[i], keyValues[i + 1]);
        }
        return data;
    }

    private static void publish(String agencyCode, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("budget.ledger.v1", agencyCode, value));
            }
            producer.flush();
        }
    }
}
