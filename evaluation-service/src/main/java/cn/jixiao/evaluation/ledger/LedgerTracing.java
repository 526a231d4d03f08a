package cn.jixiao.evaluation.ledger;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.jixiao.platform.tracing.KafkaTraceHeaders;
import cn.jixiao.platform.tracing.MessagingSpans;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The consumer's part of a payment's trace (docs/decisions.md, "One trace per payment"): each record is processed in
 * a span {@code process budget.ledger.v1}, child of the relay's {@code send} span whose context the record carries;
 * each agency-year recalculated after a batch gets one span {@code score}, child of the last of its events' process
 * spans and linked to the others, since one recalculation serves all the payments of the batch.
 */
@ApplicationScoped
public class LedgerTracing {

    static final String TOPIC = "budget.ledger.v1";
    static final String SCORE = "score";
    private static final AttributeKey<String> AGENCY = AttributeKey.stringKey("jixiao.agency_code");
    private static final AttributeKey<Long> YEAR = AttributeKey.longKey("jixiao.fiscal_year");
    private static final AttributeKey<Long> EVENTS = AttributeKey.longKey("jixiao.ledger.events");

    private final Tracer tracer;

    LedgerTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("cn.jixiao.evaluation.ledger");
    }

    /** A started span of processing the record, child of the span the record's headers name. */
    Span process(ConsumerRecord<String, String> record) {
        Span span = MessagingSpans.start(tracer, MessagingSpans.PROCESS, TOPIC, KafkaTraceHeaders.extract(
                record.headers()), record.key(), null);
        MessagingSpans.located(span, record.partition(), record.offset());
        return span;
    }

    /**
     * A started span of recalculating one agency-year after the events whose process spans are {@code causes} (in the
     * order applied): child of the last, linked to the others; a trace of its own when none was traced.
     */
    Span score(String agencyCode, int fiscalYear, List<SpanContext> causes) {
        SpanBuilder builder = tracer.spanBuilder(SCORE)
                .setAttribute(AGENCY, agencyCode)
                .setAttribute(YEAR, (long) fiscalYear)
                .setAttribute(EVENTS, (long) causes.size());
        if (causes.isEmpty()) {
            builder.setNoParent();
        } else {
            builder.setParent(Context.root().with(Span.wrap(causes.get(causes.size() - 1))));
            causes.subList(0, causes.size() - 1).forEach(builder::addLink);
        }
        return builder.startSpan();
    }
}
