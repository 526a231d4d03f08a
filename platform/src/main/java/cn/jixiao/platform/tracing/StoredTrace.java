package cn.jixiao.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context of the span that wrote an outbox row, kept in the row's {@code traceparent} and
 * {@code tracestate} columns, so that the relay, which publishes the row later on another thread, continues the
 * writer's trace (docs/decisions.md, "One trace per payment"). Both are null when nothing was traced.
 */
public record StoredTrace(String traceparent, String tracestate) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<StoredTrace> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(StoredTrace carrier) {
            return java.util.List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(StoredTrace carrier, String key) {
            return carrier == null ? null : TRACEPARENT.equals(key) ? carrier.traceparent : carrier.tracestate;
        }
    };

    /** The context's span, as W3C text (both null when the context holds no valid span). */
    public static StoredTrace of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        String tracestate = carrier.get(TRACESTATE);
        return new StoredTrace(carrier.get(TRACEPARENT), tracestate == null || tracestate.isEmpty() ? null : tracestate);
    }

    /** The stored span as a remote parent, or the root context when none was stored (or it cannot be read). */
    public Context context() {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, GETTER);
    }
}
