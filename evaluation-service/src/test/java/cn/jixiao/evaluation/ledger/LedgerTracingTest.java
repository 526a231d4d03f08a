package cn.jixiao.evaluation.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** Which spans a rescoring continues: the last of its batch's events as parent, the others as links. */
class LedgerTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final LedgerTracing tracing = new LedgerTracing(OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported))
                    .build())
            .build());
    private final SdkTracerProvider otherTraces = SdkTracerProvider.builder().build();

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {0, 1, 2, 5})
    void theLastEventIsTheParentAndTheOthersAreLinks(int events) {
        List<SpanContext> causes = IntStream.range(0, events).mapToObj(i -> processSpan()).toList();

        tracing.score("441422001", 2023, causes).end();

        SpanData score = exported.getFinishedSpanItems().get(exported.getFinishedSpanItems().size() - 1);
        SpanContext expectedParent = events == 0 ? SpanContext.getInvalid() : causes.get(events - 1);
        assertEquals(expectedParent.getSpanId(), score.getParentSpanContext().getSpanId());
        if (events > 0) {
            assertEquals(expectedParent.getTraceId(), score.getTraceId());
        }
        assertEquals(events == 0 ? List.of() : causes.subList(0, events - 1),
                score.getLinks().stream().map(LinkData::getSpanContext).toList());
        assertEquals((long) events, score.getAttributes().get(AttributeKey.longKey("jixiao.ledger.events")));
    }

    /** An event's process span, each in a trace of its own as separate payments are. */
    private SpanContext processSpan() {
        Span span = otherTraces.get("test").spanBuilder("process budget.ledger.v1").setNoParent().startSpan();
        span.end();
        return span.getSpanContext();
    }
}
