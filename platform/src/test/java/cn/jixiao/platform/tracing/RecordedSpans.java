package cn.jixiao.platform.tracing;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The spans a service under test finished, kept in memory: a service's tests declare a {@code @Singleton} subclass,
 * which Quarkus exports to (its test profile exports each span as it ends). A module's tests share one application,
 * so the record forgets everything once it holds {@value #LIMIT} spans: a trace test resets it first and reads its own
 * spans long before that.
 */
public abstract class RecordedSpans implements SpanExporter {

    static final int LIMIT = 20_000;

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final AtomicInteger held = new AtomicInteger();

    @Override
    public CompletableResultCode export(Collection<SpanData> finished) {
        if (held.addAndGet(finished.size()) > LIMIT) {
            reset();
            held.addAndGet(finished.size());
        }
        return spans.export(finished);
    }

    @Override
    public CompletableResultCode flush() {
        return spans.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    public List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    public void reset() {
        held.set(0);
        spans.reset();
    }
}
