package cn.jixiao.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Every record on budget.ledger.v1 carries the CloudEvents binary-mode headers of its envelope (docs/events.md). */
@QuarkusTest
class LedgerCloudEventsTest {

    @Test
    void eachRecordsCloudEventsHeadersDescribeItsEnvelope() {
        String agency = Api.newAgencyCode();
        List<ConsumerRecord<String, String>> records = Api.agencyLineAndPayment(agency);

        assertEquals(3, records.size());
        for (ConsumerRecord<String, String> record : records) {
            JsonNode envelope = LedgerTopic.parse(record.value());
            assertEquals(Map.of(
                    "ce_specversion", "1.0",
                    "ce_id", envelope.get("eventId").asText(),
                    "ce_source", "/jixiao/budget-service",
                    "ce_type", "cn.jixiao.budget.ledger.v1." + envelope.get("type").asText(),
                    "ce_time", envelope.get("occurredAt").asText(),
                    "ce_subject", agency,
                    "content-type", "application/json"), headers(record));
        }
        assertEquals("cn.jixiao.budget.ledger.v1.PaymentRecorded",
                headers(records.get(2)).get("ce_type"), "the type names the topic's version and the event type");
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
