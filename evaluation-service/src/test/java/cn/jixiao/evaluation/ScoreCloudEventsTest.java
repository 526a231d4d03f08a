package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

/** Every record on evaluation.scores.v1 carries the CloudEvents binary-mode headers of its score change. */
@QuarkusTest
class ScoreCloudEventsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aScoreChangesCloudEventsHeadersDescribeIt() {
        String agency = "C" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LedgerTopic ledger = new LedgerTopic(agency).registered("云事件测试单位")
                .budgetLine(agency + "-L1", "running", null, "10000.00");
        ledger.publish(ledger.events());

        List<ConsumerRecord<String, String>> published = ledger.read("evaluation.scores.v1", 1, Duration.ofSeconds(30));

        assertEquals(1, published.size(), "the agency-year's first score");
        ConsumerRecord<String, String> record = published.get(0);
        String eventId = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(event_id as text) from score_outbox where agency_code = ?1")
                .setParameter(1, agency).getSingleResult().toString());
        assertEquals(Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "/jixiao/evaluation-service",
                "ce_type", "cn.jixiao.evaluation.scores.v1.ScoreChanged",
                "ce_time", JsonPath.from(record.value()).getString("changedAt"),
                "ce_subject", agency,
                "content-type", "application/json"), headers(record));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (!header.key().equals("traceparent")) { // the trace context, checked by the trace tests
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
