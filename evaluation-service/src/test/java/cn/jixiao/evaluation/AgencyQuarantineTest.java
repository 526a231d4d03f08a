package cn.jixiao.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerPosition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One agency's data never stops the others: sums past any fixed precision stay exact, and an event the database
 * refuses (a trigger installed by the test stands for any failure of one agency's data) parks its agency while other
 * agencies keep flowing, until an operator retries or skips it.
 */
@QuarkusTest
class AgencyQuarantineTest {

    private static final String MAX_AMOUNT = "9999999999999999.99";
    private static final String QUARANTINE = "/api/v1/admin/ledger/quarantine";

    private static String newAgency() {
        return "Q" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    @Test
    void sumsBeyondEighteenDigitsStayExactAndScored() {
        String agency = newAgency();
        LedgerTopic ledger = new LedgerTopic(agency)
                .registered("大额单位")
                .budgetLine(agency + "-L1", "project", null, MAX_AMOUNT)
                .budgetLine(agency + "-L2", "project", null, MAX_AMOUNT)
                .budgetLine(agency + "-L3", "running", null, MAX_AMOUNT)
                .payment(agency + "-P1", "project", null, MAX_AMOUNT, "2023-05-01")
                .payment(agency + "-P2", "project", null, MAX_AMOUNT, "2023-05-02");
        ledger.publish(ledger.events());

        LedgerAggregate aggregate = LedgerConsumptionTest.awaitSequence(agency, 6);
        assertEquals(new BigDecimal("29999999999999999.97"), aggregate.adjustedBudget);
        assertEquals(new BigDecimal("19999999999999999.98"), aggregate.projectBudget);
        assertEquals(new BigDecimal("19999999999999999.98"), aggregate.spending);
        assertEquals(0, quarantined().stream().filter(row -> agency.equals(row.get("agencyCode"))).count());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> overviewRow(agency) != null);
        assertEquals(new BigDecimal("66.67"), new BigDecimal(String.valueOf(overviewRow(agency).get("executionRate"))));
    }

    @Test
    void anAgencyTheDatabaseRefusesIsParkedWhileTheOthersFlow() {
        String blocked = newAgency();
        String other = newAgency();
        failAggregateWritesOf(blocked, "true");
        try {
            LedgerTopic blockedLedger = new LedgerTopic(blocked)
                    .registered("被隔离单位")
                    .budgetLine(blocked + "-L1", "running", null, "10000.00")
                    .payment(blocked + "-P1", "running", null, "2500.00", "2023-03-01")
                    .payment(blocked + "-P2", "running", null, "500.00", "2023-04-01");
            blockedLedger.publish(blockedLedger.events());
            LedgerTopic otherLedger = new LedgerTopic(other)
                    .registered("正常单位")
                    .budgetLine(other + "-L1", "running", null, "8000.00")
                    .payment(other + "-P1", "running", null, "800.00", "2023-03-01");
            otherLedger.publish(otherLedger.events());

            assertEquals(new BigDecimal("800.00"), LedgerConsumptionTest.awaitSequence(other, 3).spending);
            Map<String, Object> entry = awaitQuarantined(blocked);
            assertEquals(2, entry.get("blockedSequence"));
            assertEquals(3, entry.get("parkedEvents"));
            assertTrue(((String) entry.get("reason")).contains("injected failure"), (String) entry.get("reason"));
            io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                    .body(containsString(blocked));

            blockedLedger.payment(blocked + "-P3", "running", null, "100.00", "2023-05-01");
            blockedLedger.publish(List.of(blockedLedger.events().get(4)));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> parkedEvents(blocked) == 4);

            JsonPath stillBlocked = JsonPath.from(Api.bureau().post(QUARANTINE + "/" + blocked + "/retry")
                    .then().statusCode(200).extract().asString());
            assertFalse(stillBlocked.getBoolean("released"));
            assertEquals(2, stillBlocked.getInt("blockedSequence"));
            assertEquals(1, position(blocked).lastSequence);

            dropFailure(blocked);
            JsonPath released = JsonPath.from(Api.bureau().post(QUARANTINE + "/" + blocked + "/retry")
                    .then().statusCode(200).extract().asString());
            assertTrue(released.getBoolean("released"));
            assertEquals(4, released.getInt("applied"));
            LedgerAggregate aggregate = LedgerConsumptionTest.awaitSequence(blocked, 5);
            assertEquals(new BigDecimal("3100.00"), aggregate.spending);
            assertNull(position(blocked).quarantinedSequence);
            assertEquals(0, parkedEvents(blocked));

            blockedLedger.payment(blocked + "-P4", "running", null, "1.00", "2023-06-01");
            blockedLedger.publish(List.of(blockedLedger.events().get(5)));
            assertEquals(new BigDecimal("3101.00"), LedgerConsumptionTest.awaitSequence(blocked, 6).spending);
        } finally {
            dropFailure(blocked);
        }
    }

    @Test
    void anOperatorSkipsTheBlockingEventWithAReasonAndTheRestApplies() {
        String agency = newAgency();
        failAggregateWritesOf(agency, "new.spending >= 666.66");
        try {
            LedgerTopic ledger = new LedgerTopic(agency)
                    .registered("跳过测试单位")
                    .budgetLine(agency + "-L1", "running", null, "10000.00")
                    .payment(agency + "-P1", "running", null, "666.66", "2023-03-01")
                    .payment(agency + "-P2", "running", null, "100.00", "2023-04-01");
            ledger.publish(ledger.events());
            assertEquals(3, awaitQuarantined(agency).get("blockedSequence"));

            Api.bureau().body(Map.of("sequence", 4, "reason", "不是阻塞的事件")).post(QUARANTINE + "/" + agency + "/skip")
                    .then().statusCode(409).contentType("application/problem+json");
            Api.bureau().body(Map.of("sequence", 3)).post(QUARANTINE + "/" + agency + "/skip")
                    .then().statusCode(422).body(containsString("reason"));
            Api.department(agency).body(Map.of("sequence", 3, "reason", "x")).post(QUARANTINE + "/" + agency + "/skip")
                    .then().statusCode(403);

            JsonPath skipped = JsonPath.from(Api.bureau().body(Map.of("sequence", 3, "reason", "财政系统重复推送，已核实作废"))
                    .post(QUARANTINE + "/" + agency + "/skip").then().statusCode(200).extract().asString());
            assertTrue(skipped.getBoolean("released"));
            assertEquals(new BigDecimal("100.00"), LedgerConsumptionTest.awaitSequence(agency, 4).spending);

            List<ConsumerRecord<String, String>> dead = ledger.read("budget.ledger.v1.dlq", 1, Duration.ofSeconds(20));
            assertEquals(ledger.events().get(2), dead.get(0).value());
            String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("财政系统重复推送"), reason);
            Object recorded = QuarkusTransaction.requiringNew().call(() -> LedgerAggregate.getEntityManager()
                    .createNativeQuery("select reason from ledger_skip where agency_code = ?1 and sequence = 3")
                    .setParameter(1, agency).getSingleResult());
            assertEquals("财政系统重复推送，已核实作废", recorded);
        } finally {
            dropFailure(agency);
        }
    }

    private static Map<String, Object> overviewRow(String agency) {
        List<Map<String, Object>> rows = JsonPath.from(Api.bureau().get("/api/v1/years/2023/scores?mofDivCode=441422")
                .then().statusCode(200).extract().asString()).getList("$");
        return rows.stream().filter(row -> agency.equals(row.get("agencyCode"))).findFirst().orElse(null);
    }

    private static Map<String, Object> awaitQuarantined(String agency) {
        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> quarantined().stream()
                .anyMatch(row -> agency.equals(row.get("agencyCode"))));
        return quarantined().stream().filter(row -> agency.equals(row.get("agencyCode"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> quarantined() {
        return JsonPath.from(Api.bureau().get(QUARANTINE).then().statusCode(200).extract().asString()).getList("$");
    }

    private static LedgerPosition position(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerPosition.<LedgerPosition>findById(agency));
    }

    private static long parkedEvents(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) LedgerAggregate.getEntityManager()
                .createNativeQuery("select count(*) from parked_ledger_event where agency_code = ?1")
                .setParameter(1, agency).getSingleResult()).longValue());
    }

    /** A trigger that refuses this agency's aggregate writes when {@code condition} holds. */
    private static void failAggregateWritesOf(String agency, String condition) {
        sql("create function fail_" + agency + "() returns trigger language plpgsql as $$ begin "
                + "if new.agency_code = '" + agency + "' and (" + condition + ") then "
                + "raise exception 'injected failure for %', new.agency_code; end if; return new; end $$");
        sql("create trigger fail_" + agency + " before insert or update on ledger_aggregate for each row "
                + "execute function fail_" + agency + "()");
    }

    private static void dropFailure(String agency) {
        sql("drop trigger if exists fail_" + agency + " on ledger_aggregate");
        sql("drop function if exists fail_" + agency + "()");
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> LedgerAggregate.getEntityManager()
                .createNativeQuery(statement).executeUpdate());
    }
}
