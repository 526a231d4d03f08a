package cn.jixiao.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/** A span's context as outbox columns and as record headers, and back. */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    static Stream<Arguments> contexts() {
        return Stream.of(
                Arguments.of(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()),
                        "00-" + TRACE + "-" + SPAN + "-01", null),
                Arguments.of(SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault()),
                        "00-" + TRACE + "-" + SPAN + "-00", null),
                Arguments.of(SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(),
                        TraceState.builder().put("county", "441422").build()),
                        "00-" + TRACE + "-" + SPAN + "-01", "county=441422"),
                Arguments.of(SpanContext.getInvalid(), null, null));
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void aSpansContextIsStoredAndSentAsW3cText(SpanContext span, String traceparent, String tracestate) {
        Context context = Context.root().with(Span.wrap(span));

        assertEquals(new StoredTrace(traceparent, tracestate), StoredTrace.of(context));
        Map<String, String> expectedHeaders = new LinkedHashMap<>();
        if (traceparent != null) {
            expectedHeaders.put("traceparent", traceparent);
        }
        if (tracestate != null) {
            expectedHeaders.put("tracestate", tracestate);
        }
        assertEquals(expectedHeaders, text(KafkaTraceHeaders.of(context)));
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void whatWasStoredOrSentIsTheParentOfWhatContinues(SpanContext span, String traceparent, String tracestate) {
        SpanContext stored = Span.fromContext(new StoredTrace(traceparent, tracestate).context()).getSpanContext();
        SpanContext sent = Span.fromContext(KafkaTraceHeaders.extract(new RecordHeaders(
                KafkaTraceHeaders.of(Context.root().with(Span.wrap(span)))))).getSpanContext();

        for (SpanContext continued : List.of(stored, sent)) {
            assertEquals(span.getTraceId(), continued.getTraceId());
            assertEquals(span.getSpanId(), continued.getSpanId());
            assertEquals(span.getTraceFlags(), continued.getTraceFlags());
            assertEquals(span.getTraceState(), continued.getTraceState());
        }
    }

    @Test
    void anUnreadableTraceparentStartsNoTrace() {
        assertFalse(Span.fromContext(new StoredTrace("00-not-a-trace", null).context()).getSpanContext().isValid());
    }

    private static Map<String, String> text(List<Header> headers) {
        Map<String, String> text = new LinkedHashMap<>();
        headers.forEach(header -> text.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        return text;
    }
}
