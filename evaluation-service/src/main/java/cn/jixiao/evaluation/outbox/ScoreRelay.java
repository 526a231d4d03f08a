package cn.jixiao.evaluation.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
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
    private static final String TOPIC = "evaluation.scores.v1";

    private final EntityManager entityManager;
    private final KafkaProducer<String, String> scores;
    private final Duration pollInterval;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "score-relay"));

    ScoreRelay(EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "jixiao.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.entityManager = entityManager;
        // a plain producer: acknowledgements are awaited inside the relay's transaction, and a messaging channel's
        // callbacks would carry that transaction onto other threads
        this.scores = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        this.pollInterval = pollInterval;
    }

    /** Quarkus' simple scheduler ticks once a second; the relay polls faster, on a thread of its own. */
    void start(@Observes StartupEvent startup) {
        poller.scheduleWithFixedDelay(this::relay, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(ACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        scores.close(Duration.ofSeconds(5));
    }

    /** Waits for every record's outcome, so that none of a failed batch is in flight when it is retried. */
    private static void awaitAll(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        RuntimeException failure = null;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                failure = failure != null ? failure : new IllegalStateException("score change not acknowledged", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
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
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            acks.add(scores.send(new ProducerRecord<>(TOPIC, (String) row[1], (String) row[2])));
        }
        awaitAll(acks);
        entityManager.createNativeQuery("update score_outbox set published_at = now() where id in (?1)")
                .setParameter(1, ids).executeUpdate();
        return rows.size();
    }
}
