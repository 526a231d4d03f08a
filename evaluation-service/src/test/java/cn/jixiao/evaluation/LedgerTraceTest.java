package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The evaluation side of a payment's trace (docs/decisions.md, "One trace per payment"): each ledger record is
 * processed in a span that is the child of the send span its {@code traceparent} header names, the agency-year's
 * rescoring in a span that is the child of the last event's process span and linked to the others of the batch, and
 * the score change it writes is sent in a span that is the rescoring's child.
 */
@QuarkusTest
class LedgerTraceTest {

    private static final AttributeKey<String> AGENCY = AttributeKey.stringKey("jixiao.agency_code");
    private static final AttributeKey<Long> YEAR = AttributeKey.longKey("jixiao.fiscal_year");

    @Inject
    TestSpans spans;

    @Test
    void aPaymentsTraceGoesOnThroughProcessingToItsScoreAndTheScoreChange() {
        String agency = newAgency();
        LedgerTopic ledger = registeredWithLine(agency);
        Sender registration = new Sender();
        Sender line = new Sender();
        ledger.publish(ledger.events(), List.of(registration.headers(), line.headers()));
        SpanData lineScore = awaitSpan(span -> span.getName().equals("score") && line.traced(span));

        ledger.payment(agency + "-P1", "running", null, "2500.00", "2023-03-02");
        Sender payment = new Sender();
        ledger.publish(ledger.events().subList(2, 3), List.of(payment.headers()));

        SpanData process = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && payment.traced(span));
        SpanData score = awaitSpan(span -> span.getName().equals("score") && payment.traced(span));
        assertEquals("process budget.ledger.v1", process.getName());
        assertEquals(payment.spanId, process.getParentSpanId(), "process: child of the relay's send span");
        assertEquals(process.getSpanId(), score.getParentSpanId(), "score: child of the payment's processing");
        assertEquals(agency, score.getAttributes().get(AGENCY));
        assertEquals(2023L, score.getAttributes().get(YEAR));
        assertEquals(List.of(), score.getLinks(), "the payment was the batch's only event of the agency-year");

        List<ConsumerRecord<String, String>> changes = ledger.read("evaluation.scores.v1", 1, Duration.ofSeconds(30));
        SpanData sendChange = awaitSpan(span -> span.getKind() == SpanKind.PRODUCER && line.traced(span));
        assertEquals("send evaluation.scores.v1", sendChange.getName());
        assertEquals(lineScore.getSpanId(), sendChange.getParentSpanId(), "the first score's change: the score's child");
        assertEquals("00-" + line.traceId + "-" + sendChange.getSpanId() + "-01", header(changes.get(0), "traceparent"));
    }

    @Test
    void oneRescoringServesEveryPaymentOfItsBatchThroughLinks() {
        String agency = newAgency();
        LedgerTopic ledger = registeredWithLine(agency);
        for (int i = 1; i <= 5; i++) {
            ledger.payment(agency + "-P" + i, "running", null, "100.00", "2023-04-0" + i);
        }
        List<Sender> senders = ledger.events().stream().map(event -> new Sender()).toList();
        ledger.publish(ledger.events(), senders.stream().map(Sender::headers).toList());

        List<SpanData> processes = senders.subList(1, senders.size()).stream()
                .map(sender -> awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && sender.traced(span))).toList();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> scoresOf(agency).stream()
                .anyMatch(score -> reaches(score, processes.get(processes.size() - 1))));
        for (SpanData process : processes) {
            assertTrue(scoresOf(agency).stream().anyMatch(score -> reaches(score, process)),
                    "each event's processing is the parent of, or linked from, a rescoring of its agency-year");
        }
        for (SpanData score : scoresOf(agency)) {
            assertEquals(score.getAttributes().get(AttributeKey.longKey("jixiao.ledger.events")),
                    1L + score.getLinks().size(), "the parent and the links are the batch's events");
        }
    }

    /** A fresh agency, with the span record emptied (tests share the application). */
    private String newAgency() {
        spans.reset();
        return "O" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static LedgerTopic registeredWithLine(String agency) {
        return new LedgerTopic(agency).registered("追踪测试单位").budgetLine(agency + "-L1", "running", null, "10000.00");
    }

    private List<SpanData> scoresOf(String agency) {
        return spans.finished().stream()
                .filter(span -> span.getName().equals("score") && agency.equals(span.getAttributes().get(AGENCY)))
                .toList();
    }

    private static boolean reaches(SpanData score, SpanData process) {
        return score.getParentSpanId().equals(process.getSpanId()) && score.getTraceId().equals(process.getTraceId())
                || score.getLinks().stream().map(LinkData::getSpanContext).anyMatch(link ->
                        link.getSpanId().equals(process.getSpanId()) && link.getTraceId().equals(process.getTraceId()));
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> spans.finished().stream().filter(wanted).findFirst(), Optional::isPresent).get();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The relay's send span of one record, as budget-service would have made it: a trace of its own. */
    private static final class Sender {
        final String traceId = randomHex(16);
        final String spanId = randomHex(8);

        List<Header> headers() {
            return List.of(new RecordHeader("traceparent",
                    ("00-" + traceId + "-" + spanId + "-01").getBytes(StandardCharsets.UTF_8)));
        }

        boolean traced(SpanData span) {
            return span.getTraceId().equals(traceId);
        }

        private static String randomHex(int bytes) {
            byte[] random = new byte[bytes];
            ThreadLocalRandom.current().nextBytes(random);
            return HexFormat.of().formatHex(random);
        }
    }
}
