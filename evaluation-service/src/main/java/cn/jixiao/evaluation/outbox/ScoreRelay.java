package cn.jixiao.evaluation.outbox;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jixiao.platform.outbox.CloudEvent;
import cn.jixiao.platform.outbox.CloudEventMapping;
import cn.jixiao.platform.outbox.OutboxConfig;
import cn.jixiao.platform.outbox.PublishedOutbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * Relays {@code score_outbox} to {@code evaluation.scores.v1} (key agencyCode) with the platform's outbox relay: at
 * least once, in order per agency, one instance at a time under a lease (docs/events.md). Each record's CloudEvents
 * attributes are its outbox event id, type {@code ScoreChanged}, the change's time and agencyCode.
 */
@Singleton
public class ScoreRelay extends PublishedOutbox {

    static final String TOPIC = "evaluation.scores.v1";
    private static final CloudEventMapping CLOUD_EVENTS = new CloudEventMapping("event_id, created_at, agency_code",
            values -> new CloudEvent(values[0].toString(), "ScoreChanged", CloudEventMapping.instant(values[1]),
                    (String) values[2]));

    ScoreRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OpenTelemetry openTelemetry) {
        super(config.settings("score-outbox-relay", "score_outbox", "agency_code", "payload", TOPIC, CLOUD_EVENTS),
                entityManager, registry, bootstrapServers, openTelemetry);
    }
}
