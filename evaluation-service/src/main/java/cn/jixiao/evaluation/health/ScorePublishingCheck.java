package cn.jixiao.evaluation.health;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import cn.jixiao.evaluation.outbox.ScoreRelay;
import cn.jixiao.platform.outbox.PublishingReadiness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Readiness of score publishing: broker reachable, relay running and not failing (a standby is ready). */
@Readiness
@ApplicationScoped
public class ScorePublishingCheck implements HealthCheck {

    private final PublishingReadiness readiness;

    ScorePublishingCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ScoreRelay relay) {
        this.readiness = new PublishingReadiness("Kafka score publishing", relay.relay(), bootstrapServers);
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
