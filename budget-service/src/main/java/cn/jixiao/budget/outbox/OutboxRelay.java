package cn.jixiao.budget.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Publishes the outbox to {@code budget.ledger.v1}. One instance at a time holds a PostgreSQL advisory lock while it
 * sends a batch, waits for the broker's acknowledgement and marks the rows published in the same transaction: rows are
 * sent in id order, which is each agency's sequence order. If Kafka is unreachable the transaction rolls back and the
 * rows are sent on a later run, whole and in order, so delivery is at least once: records of a failed attempt that did
 * reach the broker appear before the resent ones, and consumers apply each agency's sequence in order (docs/events.md).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6a69786961_6f01L;

    private final EntityManager entityManager;
    private final LedgerProducer ledger;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration pollInterval;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "outbox-relay"));
    private volatile Status status = new Status(false, null);

    /** The outcome of the relay's last run: failing until a run reaches the broker again. */
    public record Status(boolean failing, String lastError) {
    }

    OutboxRelay(EntityManager entityManager,
            LedgerProducer ledger,
            @ConfigProperty(name = "jixiao.outbox.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "jixiao.outbox.ack-timeout", defaultValue = "PT30S") Duration ackTimeout,
            @ConfigProperty(name = "jixiao.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.entityManager = entityManager;
        this.ledger = ledger;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.pollInterval = pollInterval;
    }

    /** Quarkus' simple scheduler ticks once a second; the relay polls faster, on a thread of its own. */
    void start(@Observes StartupEvent startup) {
        poller.scheduleWithFixedDelay(this::relay, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(ackTimeout.toSeconds(), TimeUnit.SECONDS);
    }

    void relay() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == batchSize);
            status = new Status(false, null);
        } catch (RuntimeException e) {
            status = new Status(true, e.getMessage());
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    public Status status() {
        return status;
    }

    /** Sends the oldest unpublished events; returns how many were sent (0 when another instance holds the lock). */
    int publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, agency_code, envelope from outbox_event where published_at is null order by id limit ?1")
                .setParameter(1, batchSize)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<LedgerProducer.Outgoing> records = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            records.add(new LedgerProducer.Outgoing((String) row[1], (String) row[2]));
        }
        ledger.sendAll(records);
        entityManager.createNativeQuery("update outbox_event set published_at = now() where id in (?1)")
                .setParameter(1, ids)
                .executeUpdate();
        return rows.size();
    }
}
