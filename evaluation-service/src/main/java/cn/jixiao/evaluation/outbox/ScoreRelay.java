package cn.jixiao.evaluation.outbox;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jixiao.platform.outbox.OutboxConfig;
import cn.jixiao.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Relays {@code score_outbox} to {@code evaluation.scores.v1} (key agencyCode) with the platform's outbox relay: at
 * least once, in order per agency, one instance at a time under a lease (docs/events.md).
 */
@ApplicationScoped
public class ScoreRelay {

    static final String TOPIC = "evaluation.scores.v1";

    private final OutboxRelay relay;

    ScoreRelay(EntityManager entityManager, OutboxConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.relay = new OutboxRelay(config.settings("score-outbox-relay", "score_outbox", "agency_code", "payload",
                TOPIC), entityManager, bootstrapServers);
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
