package cn.jixiao.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import io.opentelemetry.context.Context;

/**
 * The W3C {@code traceparent} and {@code tracestate} record headers, beside the CloudEvents {@code ce_*} headers:
 * the names OpenTelemetry's and SmallRye's Kafka instrumentations read, so any traced consumer continues the
 * producer's trace (docs/events.md, "Trace context").
 */
public final class KafkaTraceHeaders {

    private KafkaTraceHeaders() {
    }

    /** The headers carrying the context's span; none when it holds no valid span. */
    public static List<Header> of(Context context) {
        StoredTrace trace = StoredTrace.of(context);
        List<Header> headers = new ArrayList<>(2);
        if (trace.traceparent() != null) {
            headers.add(header(StoredTrace.TRACEPARENT, trace.traceparent()));
        }
        if (trace.tracestate() != null) {
            headers.add(header(StoredTrace.TRACESTATE, trace.tracestate()));
        }
        return headers;
    }

    /** The producer's span as a remote parent, or the root context when the record carries none. */
    public static Context extract(Headers headers) {
        return new StoredTrace(text(headers, StoredTrace.TRACEPARENT), text(headers, StoredTrace.TRACESTATE)).context();
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
