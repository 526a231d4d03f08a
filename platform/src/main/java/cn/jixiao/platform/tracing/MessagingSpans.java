package cn.jixiao.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Spans of sending and processing Kafka records, named and described as OpenTelemetry's messaging semantic
 * conventions say ({@code send <topic>}, {@code process <topic>}, {@code messaging.*} attributes).
 */
public final class MessagingSpans {

    public static final String SEND = "send";
    public static final String PROCESS = "process";
    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

    private MessagingSpans() {
    }

    /**
     * A started span of {@code operation} ({@link #SEND} or {@link #PROCESS}) on one record of {@code topic}, child
     * of {@code parent} (the root context makes it a trace of its own).
     */
    public static Span start(Tracer tracer, String operation, String topic, Context parent, String key,
            String messageId) {
        SpanBuilder builder = tracer.spanBuilder(operation + " " + topic)
                .setParent(parent)
                .setSpanKind(SEND.equals(operation) ? SpanKind.PRODUCER : SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(OPERATION_NAME, operation)
                .setAttribute(OPERATION_TYPE, operation);
        if (key != null) {
            builder.setAttribute(KEY, key);
        }
        if (messageId != null) {
            builder.setAttribute(MESSAGE_ID, messageId);
        }
        return builder.startSpan();
    }

    /** Where the record is (or was written): partition and offset. */
    public static void located(Span span, int partition, long offset) {
        span.setAttribute(PARTITION, Integer.toString(partition));
        span.setAttribute(OFFSET, offset);
    }

    /** Marks the span failed with a reason an operator can read. */
    public static void failed(Span span, String reason) {
        span.setStatus(StatusCode.ERROR, reason);
    }
}
