package cn.jixiao.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    @Test
    void everyRequiredAttributeAndTheContentTypeAreBinaryModeHeaders() {
        CloudEvent event = new CloudEvent("5b0f6c2e-8d1a-4f37-9a55-0c3e2d9b7a14", "PaymentRecorded",
                Instant.parse("2025-11-28T03:40:13.087342Z"), "441422001");

        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : CloudEventHeaders.of(URI.create("/jixiao/budget-service"), "budget.ledger.v1", event)) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }

        assertEquals(Map.of(
                "ce_specversion", "1.0",
                "ce_id", "5b0f6c2e-8d1a-4f37-9a55-0c3e2d9b7a14",
                "ce_source", "/jixiao/budget-service",
                "ce_type", "cn.jixiao.budget.ledger.v1.PaymentRecorded",
                "ce_time", "2025-11-28T03:40:13.087342Z",
                "ce_subject", "441422001",
                "content-type", "application/json"), headers);
    }

    @Test
    void theTimeIsRfc3339InUtcWhateverItsPrecision() {
        CloudEvent event = new CloudEvent("id", "ScoreChanged", Instant.parse("2026-11-28T04:21:07Z"), "441422001");

        Header time = CloudEventHeaders.of(URI.create("/jixiao/evaluation-service"), "evaluation.scores.v1", event)
                .stream().filter(h -> h.key().equals("ce_time")).findFirst().orElseThrow();

        assertEquals("2026-11-28T04:21:07Z", new String(time.value(), StandardCharsets.UTF_8));
    }

    @Test
    void aTimestamptzColumnIsReadAsTheSameInstantWhateverTypeTheQueryReturns() {
        Instant instant = Instant.parse("2025-11-28T03:40:13.087342Z");

        assertEquals(instant, CloudEventMapping.instant(instant));
        assertEquals(instant, CloudEventMapping.instant(Timestamp.from(instant)));
        assertEquals(instant, CloudEventMapping.instant(instant.atOffset(ZoneOffset.ofHours(8))));
        assertEquals(instant, CloudEventMapping.instant(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }
}
