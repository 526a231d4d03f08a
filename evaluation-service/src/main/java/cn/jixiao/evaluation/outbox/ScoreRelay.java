package cn.jixiao.evaluation.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Publishes the score outbox to {@code evaluation.scores.v1} (key agencyCode), one instance at a time under a
 * PostgreSQL advisory lock, marking rows published only once the broker acknowledged all of a batch: at least once,
 * in order per agency (the same protocol as budget-service's ledger relay, docs/events.md).
 */
@ApplicationScoped
public class ScoreRelay {

    private static final Logger LOG = Logger.getLogger(ScoreRelay.class);
    private static final long RELAY_LOCK = 0x6a69786961_6f02L;
    private static final int BATCH = 500;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final EntityManager entityManager;
    private final MutinyEmitter<String> scores;
    private final Duration pollInterval;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "score-relay"));

    ScoreRelay(EntityManager entityManager,
            @Channel("score-changes-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
            MutinyEmitter<String> scores,
            @ConfigProperty(name = "jixiao.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.entityManager = entityManager;
        this.scores = scores;
        this.pollInterval = pollInterval;
    }

    /** Quarkus' simple scheduler ticks once a second; the relay polls faster, on a thread of its own. */
    void start(@Observes StartupEvent startup) {
        poller.scheduleWithFixedDelay(this::relay, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(ACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    void relay() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("score relay paused, will retry: %s", e.getMessage());
        }
    }

    int publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, agency_code, payload from score_outbox where published_at is null order by id limit ?1")
                .setParameter(1, BATCH).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            acks.add(scores.sendMessage(Message.of((String) row[2])
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey((String) row[1]).build())));
        }
        Uni.join().all(acks).andCollectFailures().await().atMost(ACK_TIMEOUT);
        entityManager.createNativeQuery("update score_outbox set published_at = now() where id in (?1)")
                .setParameter(1, ids).executeUpdate();
        return rows.size();
    }
}
