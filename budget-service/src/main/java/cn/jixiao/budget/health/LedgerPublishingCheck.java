package cn.jixiao.budget.health;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import cn.jixiao.budget.outbox.LedgerRelay;
import cn.jixiao.platform.outbox.PublishingReadiness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Readiness of the event side (broker reachable, relay running and not failing; a standby is ready). The ingest API
 * itself keeps accepting while this is down; the outbox holds the events until the broker is back.
 */
@Readiness
@ApplicationScoped
public class LedgerPublishingCheck implements HealthCheck {

    private final PublishingReadiness readiness;

    LedgerPublishingCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, LedgerRelay relay) {
        this.readiness = new PublishingReadiness("Kafka ledger publishing", relay.relay(), bootstrapServers);
    }

    @Override
    public HealthCheckResponse call() {
        return readiness.check();
    }

    @PreDestroy
    void close() {
        readiness.close();
    }
}
