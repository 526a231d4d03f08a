package cn.jixiao.budget.health;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

import cn.jixiao.budget.outbox.LedgerRelay;
import cn.jixiao.platform.outbox.PublishingCheck;
import jakarta.inject.Singleton;

/** Readiness of ledger publishing: broker reachable, relay running and not failing (a standby is ready). */
@Readiness
@Singleton
public class LedgerPublishingCheck extends PublishingCheck {

    LedgerPublishingCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, LedgerRelay relay) {
        super("Kafka ledger publishing", relay, bootstrapServers);
    }
}
