package cn.jixiao.evaluation.health;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

import cn.jixiao.evaluation.outbox.ScoreRelay;
import cn.jixiao.platform.outbox.PublishingCheck;
import jakarta.inject.Singleton;

/** Readiness of score publishing: broker reachable, relay running and not failing (a standby is ready). */
@Readiness
@Singleton
public class ScorePublishingCheck extends PublishingCheck {

    ScorePublishingCheck(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ScoreRelay relay) {
        super("Kafka score publishing", relay, bootstrapServers);
    }
}
