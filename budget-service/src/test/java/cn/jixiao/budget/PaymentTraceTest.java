package cn.jixiao.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The budget side of a payment's trace (docs/decisions.md, "One trace per payment"): the request that wrote an event
 * is stored with its outbox row, the relay sends the record in a span that is the request's child, and the record
 * carries that send span's context to the consumer.
 */
@QuarkusTest
class PaymentTraceTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

    @Inject
    TestSpans spans;

    @Inject
    EntityManager entityManager;

    @Test
    void eachEventIsSentInASpanThatContinuesTheRequestThatWroteIt() {
        spans.reset();
        List<ConsumerRecord<String, String>> records = Api.agencyLineAndPayment(Api.newAgencyCode());
        assertEquals(3, records.size());

        // record (in sequence order) -> the route of the request that wrote it
        Map<String, String> writtenBy = Map.of(
                "AgencyRegistered", "/api/v1/agencies/{agencyCode}",
                "BudgetLineRecorded", "/api/v1/budget-lines/batch",
                "PaymentRecorded", "/api/v1/payments/batch");
        for (ConsumerRecord<String, String> record : records) {
            String type = LedgerTopic.parse(record.value()).get("type").asText();
            String eventId = header(record, "ce_id");
            SpanData send = awaitSpan(span -> span.getKind() == SpanKind.PRODUCER
                    && eventId.equals(span.getAttributes().get(MESSAGE_ID)));
            SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                    && span.getTraceId().equals(send.getTraceId())
                    && span.getSpanId().equals(send.getParentSpanId()));

            assertEquals(writtenBy.get(type), request.getAttributes().get(ROUTE), type + ": the send span's parent");
            assertEquals("send budget.ledger.v1", send.getName());
            assertEquals(Integer.toString(record.partition()), send.getAttributes().get(PARTITION));
            assertEquals(record.offset(), send.getAttributes().get(OFFSET));
            assertEquals(traceparent(request), storedTraceparent(eventId), type + ": the outbox row keeps the request");
            assertEquals(traceparent(send), header(record, "traceparent"), type + ": the record carries the send span");
            assertNull(record.headers().lastHeader("tracestate"), "no trace state was given");
        }
        assertEquals(3, records.stream().map(record -> header(record, "traceparent").substring(3, 35)).distinct()
                .count(), "three requests, three traces");
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> spans.finished().stream().filter(wanted).findFirst(), Optional::isPresent).get();
    }

    private String storedTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select traceparent from outbox_event where event_id = cast(?1 as uuid)")
                .setParameter(1, eventId).getSingleResult());
    }

    private static String traceparent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
