package cn.jixiao.budget.outbox;

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
 * Relays {@code outbox_event} to {@code budget.ledger.v1} (key agencyCode) with the platform's outbox relay; each
 * record's CloudEvents attributes are the envelope's eventId, type, occurredAt and agencyCode.
 */
@Singleton
public class LedgerRelay extends PublishedOutbox {

    static final String TOPIC = "budget.ledger.v1";
    private static final CloudEventMapping CLOUD_EVENTS = new CloudEventMapping(
            "event_id, type, occurred_at, agency_code", values -> new CloudEvent(values[0].toString(),
                    (String) values[1], CloudEventMapping.instant(values[2]), (String) values[3]));

    LedgerRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OpenTelemetry openTelemetry) {
        super(config.settings("ledger-outbox-relay", "outbox_event", "agency_code", "envelope", TOPIC, CLOUD_EVENTS),
                entityManager, registry, bootstrapServers, openTelemetry);
    }
}
