package cn.jixiao.budget.outbox;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jixiao.platform.outbox.CloudEvent;
import cn.jixiao.platform.outbox.CloudEventMapping;
import cn.jixiao.platform.outbox.OutboxConfig;
import cn.jixiao.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Relays {@code outbox_event} to {@code budget.ledger.v1} (key agencyCode) with the platform's outbox relay; each
 * record's CloudEvents attributes are the envelope's eventId, type, occurredAt and agencyCode.
 */
@ApplicationScoped
public class LedgerRelay {

    static final String TOPIC = "budget.ledger.v1";
    private static final CloudEventMapping CLOUD_EVENTS = new CloudEventMapping(
            "event_id, type, occurred_at, agency_code", values -> new CloudEvent(values[0].toString(),
                    (String) values[1], CloudEventMapping.instant(values[2]), (String) values[3]));

    private final OutboxRelay relay;

    LedgerRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.relay = new OutboxRelay(config.settings("ledger-outbox-relay", "outbox_event", "agency_code", "envelope",
                TOPIC, CLOUD_EVENTS), entityManager, bootstrapServers);
        relay.registerMetrics(registry);
    }

    void start(@Observes StartupEvent startup) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }

    public OutboxRelay relay() {
        return relay;
    }
}
