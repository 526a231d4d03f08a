package cn.jixiao.platform.outbox;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay's timing, {@code jixiao.outbox.*} in each service's configuration (docs/deploy.md). */
@ConfigMapping(prefix = "jixiao.outbox")
public interface OutboxConfig {

    /** Pause between runs when the outbox is empty. */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** Rows sent per batch, acknowledged together. */
    @WithDefault("1000")
    int batchSize();

    /** Longer than the producer's max.block.ms + delivery.timeout.ms (15 s): every record has an outcome first. */
    @WithDefault("PT30S")
    Duration ackTimeout();

    /** How long a silent holder keeps the publishing lease: a frozen or dead holder is replaced after this. */
    @WithDefault("PT5S")
    Duration leaseTtl();

    /** The CloudEvents {@code source} of every record this service publishes (ce_source). */
    @WithDefault("/jixiao/${quarkus.application.name}")
    URI cloudEventsSource();

    default OutboxRelay.Settings settings(String name, String table, String keyColumn, String valueColumn,
            String topic, CloudEventMapping cloudEvents) {
        return new OutboxRelay.Settings(name, table, keyColumn, valueColumn, topic, cloudEventsSource(), cloudEvents,
                batchSize(), pollInterval(), ackTimeout(), leaseTtl());
    }
}
