package cn.jixiao.budget;

import static cn.jixiao.budget.Api.adjustment;
import static cn.jixiao.budget.Api.batch;
import static cn.jixiao.budget.Api.financeSystem;
import static cn.jixiao.budget.Api.line;
import static cn.jixiao.budget.Api.payment;
import static cn.jixiao.budget.Api.reversal;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Each accepted change yields exactly one event, in per-agency order; resending changes nothing. */
@QuarkusTest
class LedgerEventsTest {

    @Test
    void everyAcceptedChangeIsPublishedOnceInSequenceAndResendingAddsNothing() {
        String agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        Map<String, Object> office = line(agency + "-L1", agency, "50000.00");
        Map<String, Object> lines = batch(List.of(office, line(agency + "-L2", agency, "20000.00"),
                adjustment(agency + "-A1", office, "-5000.00")));
        Map<String, Object> first = payment(agency + "-P1", agency + "-L1", agency, "1200.50", "2023-03-02");
        Map<String, Object> payments = batch(List.of(first,
                payment(agency + "-P2", agency + "-L1", agency, "800.00", "2023-04-11"),
                payment(agency + "-P3", agency + "-L2", agency, "300.00", "2023-05-20"),
                reversal(agency + "-R1", first, "-200.50", "2023-03-10")));
        Map<String, Object> snapshot = Map.of("agencyCode", agency, "snapshotDate", "2023-12-31",
                "totalOriginalValue", 100000.00, "inUseOriginalValue", 90000.00);

        financeSystem().body(lines).post("/api/v1/budget-lines/batch")
                .then().statusCode(200).body("created", equalTo(3)).body("duplicates", equalTo(0));
        financeSystem().body(payments).post("/api/v1/payments/batch")
                .then().statusCode(200).body("created", equalTo(4));
        financeSystem().body(snapshot).post("/api/v1/asset-snapshots")
                .then().statusCode(201).body("status", equalTo("created")).body("sequence", equalTo(9));

        List<JsonNode> events = LedgerTopic.eventsOf(agency, 9);
        assertEquals(List.of("AgencyRegistered", "BudgetLineRecorded", "BudgetLineRecorded", "BudgetLineAdjusted",
                "PaymentRecorded", "PaymentRecorded", "PaymentRecorded", "PaymentReversed", "AssetSnapshotRecorded"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(IntStream.rangeClosed(1, 9).boxed().toList(),
                events.stream().map(e -> e.get("sequence").asInt()).toList());
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.get("eventId").asText()));
        assertEquals(9, ids.size(), "event ids are unique");
        JsonNode adjusted = events.get(3).get("data");
        assertEquals("45000.00", adjusted.get("adjustedAmount").decimalValue().toPlainString());
        JsonNode reversed = events.get(7);
        assertEquals(2023, reversed.get("fiscalYear").asInt());
        assertEquals("-200.50", reversed.get("data").get("xpayAmt").decimalValue().toPlainString());
        assertEquals("30201", reversed.get("data").get("depBgtEcoCode").asText(), "payment events carry the line's class");
        assertEquals("1", reversed.get("data").get("sourceTypeCode").asText(),
                "payment events carry the 指标来源 of their line (年初), not of its adjustment (追加/调减)");
        assertClassified(events.get(1).get("data"), "running", true);
        assertClassified(adjusted, "running", false);
        assertClassified(reversed.get("data"), "running", null);

        financeSystem().body(lines).post("/api/v1/budget-lines/batch")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(3))
                .body("items.status", equalTo(List.of("duplicate", "duplicate", "duplicate")));
        financeSystem().body(payments).post("/api/v1/payments/batch")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(4));
        financeSystem().body(snapshot).post("/api/v1/asset-snapshots")
                .then().statusCode(200).body("status", equalTo("duplicate"));
        Api.financeSystem().body(Map.of("agencyName", "测试单位" + agency, "mofDivCode", "441422",
                "authorizedStaff", 10, "actualStaff", 9)).put("/api/v1/agencies/" + agency)
                .then().statusCode(200).body("status", equalTo("duplicate"));

        assertEquals(9, LedgerTopic.eventsOf(agency, 10, java.time.Duration.ofSeconds(3),
                java.time.Duration.ZERO).size(), "a resend publishes nothing");
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/budget-lines")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(3));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                .then().statusCode(200).body("total", equalTo(4));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/execution")
                .then().statusCode(200)
                .body("budget.adjusted", equalTo(65000.00f))
                .body("spending", equalTo(2100.00f))
                .body("asOf.sequence", equalTo(9));
    }

    /** budget-service's classification in the event; {@code initialBudget} only on budget lines (null: absent). */
    private static void assertClassified(JsonNode data, String expenseKind, Boolean initialBudget) {
        assertEquals(expenseKind, data.get("expenseKind").asText());
        assertEquals(true, data.get("threePublicGroup").isNull());
        assertEquals(initialBudget, data.has("initialBudget") ? data.get("initialBudget").asBoolean() : null);
    }

    @Test
    void anAgencyChangeIsPublishedAsAgencyUpdated() {
        String agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        financeSystem().body(Map.of("agencyName", "改名后的单位", "mofDivCode", "441422",
                "authorizedStaff", 12, "actualStaff", 11)).put("/api/v1/agencies/" + agency)
                .then().statusCode(200).body("status", equalTo("updated")).body("sequence", equalTo(2));
        Map<String, Object> renamed = Map.of("agencyCode", agency, "agencyName", "改名后的单位", "mofDivCode", "441422",
                "authorizedStaff", 12, "actualStaff", 11);
        Map<String, Object> grown = Map.of("agencyCode", agency, "agencyName", "改名后的单位", "mofDivCode", "441422",
                "authorizedStaff", 12, "actualStaff", 12);
        financeSystem().body(batch(List.of(renamed, grown, grown))).post("/api/v1/agencies/batch")
                .then().statusCode(200)
                .body("items.status", equalTo(List.of("duplicate", "updated", "duplicate")))
                .body("updated", equalTo(1)).body("created", equalTo(0)).body("duplicates", equalTo(2));
        List<JsonNode> events = LedgerTopic.eventsOf(agency, 3);
        assertEquals(3, events.size());
        assertEquals(12, events.get(2).get("data").get("actualStaff").asInt());
        assertEquals("AgencyUpdated", events.get(1).get("type").asText());
        assertEquals("改名后的单位", events.get(1).get("data").get("agencyName").asText());
        assertEquals(true, events.get(1).get("fiscalYear").isNull());
    }
}
