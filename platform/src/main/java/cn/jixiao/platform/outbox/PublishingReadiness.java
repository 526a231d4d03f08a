package cn.jixiao.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether this instance can publish its outbox: the broker answers within two seconds, the relay's last run did not
 * fail, and the relay thread is still running (a run completed recently). A standby instance (another holds the
 * lease) is ready: it takes over when the holder's lease expires.
 */
public final class PublishingReadiness implements AutoCloseable {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final String checkName;
    private final OutboxRelay relay;
    private final Admin admin;

    public PublishingReadiness(String checkName, OutboxRelay relay, String bootstrapServers) {
        this.checkName = checkName;
        this.relay = relay;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis()));
    }

    public HealthCheckResponse check() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(checkName);
        boolean brokerUp = brokerAnswers();
        OutboxRelay.Status status = relay.status();
        OutboxRelay.Settings settings = relay.settings();
        Duration sinceRun = Duration.between(status.lastRunAt(), Instant.now());
        boolean stalled = sinceRun.compareTo(settings.ackTimeout().plus(settings.leaseTtl()).multipliedBy(2)) > 0;
        response.withData("broker", brokerUp ? "reachable" : "unreachable")
                .withData("relay", status.failing() ? "failing: " + status.lastError()
                        : stalled ? "stalled: no run for " + sinceRun.toSeconds() + " s" : "ok")
                .withData("lease", status.leaseHeld() ? "held (publishing)" : "standby");
        return response.status(brokerUp && !status.failing() && !stalled).build();
    }

    private boolean brokerAnswers() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
                    .nodes().get(PROBE_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
