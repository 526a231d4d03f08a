package cn.jixiao.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * A service's outbox and the relay that publishes it, started and stopped with the application, its metrics
 * registered. A service declares one {@code @Singleton} subclass naming its table, columns, topic and CloudEvents
 * mapping (its table has the columns {@link OutboxRelay} names); a singleton, because a client proxy would need a constructor without the relay.
 */
public abstract class PublishedOutbox {

    private final OutboxRelay relay;

    protected PublishedOutbox(OutboxRelay.Settings settings, EntityManager entityManager, MeterRegistry registry,
            String bootstrapServers, OpenTelemetry openTelemetry) {
        this.relay = new OutboxRelay(settings, entityManager, bootstrapServers, openTelemetry, registry);
    }

    public void start(@Observes StartupEvent startup) {
        relay.start();
    }

    public void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }

    public OutboxRelay relay() {
        return relay;
    }
}
