package cn.jixiao.platform.outbox;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import jakarta.annotation.PreDestroy;

/**
 * Readiness of a service's event side ({@link PublishingReadiness}): a service declares one {@code @Readiness
 * @Singleton} subclass for its {@link PublishedOutbox}. The service's API keeps accepting while this is down; the
 * outbox holds the events until the broker is back.
 */
public abstract class PublishingCheck implements HealthCheck {

    private final PublishingReadiness readiness;

    protected PublishingCheck(String name, PublishedOutbox outbox, String bootstrapServers) {
        this.readiness = new PublishingReadiness(name, outbox.relay(), bootstrapServers);
    }

    @Override
    public HealthCheckResponse call() {
        return readiness.check();
    }

    @PreDestroy
    public void close() {
        readiness.close();
    }
}
