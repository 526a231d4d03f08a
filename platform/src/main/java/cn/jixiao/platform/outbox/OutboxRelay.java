package cn.jixiao.platform.outbox;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * Publishes a transactional outbox table to a Kafka topic: rows are sent in id order (each agency's order), the
 * relay waits for the broker's acknowledgement of the whole batch, then marks the rows published. One instance at a
 * time publishes, under a {@link RelayLease}; a frozen or dead holder is taken over once its lease expires, and a
 * holder that lost its lease while sending does not mark anything (the new holder sends those rows again).
 * Delivery is therefore at least once, in order per key; consumers skip what they already applied (docs/events.md).
 *
 * <p>No transaction is open while the relay waits for the broker: rows are read in one short transaction and marked
 * in another, so the database's idle-in-transaction timeout never cuts a slow acknowledgement.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * What differs between outboxes: the lease and thread name, the table with its key and value columns, the topic,
     * the CloudEvents source and how rows map to the other attributes, and the timing.
     */
    public record Settings(String name, String table, String keyColumn, String valueColumn, String topic,
            URI cloudEventsSource, CloudEventMapping cloudEvents, int batchSize, Duration pollInterval,
            Duration ackTimeout, Duration leaseTtl) {
    }

    /**
     * The relay's state as readiness reports it: whether the last run failed and why, whether this instance holds
     * the lease (publishing) or waits as a standby, and when the relay last completed a run.
     */
    public record Status(boolean failing, String lastError, boolean leaseHeld, Instant lastRunAt) {
    }

    private final Settings settings;
    private final EntityManager entityManager;
    private final KafkaBatchSender sender;
    private final RelayLease lease;
    private final AtomicLong published = new AtomicLong();
    private final ScheduledExecutorService poller;
    private volatile Status status = new Status(false, null, false, Instant.now());

    public OutboxRelay(Settings settings, EntityManager entityManager, String bootstrapServers) {
        this.settings = settings;
        this.entityManager = entityManager;
        String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.lease = new RelayLease(entityManager, settings.name(), holder, settings.leaseTtl());
        this.sender = new KafkaBatchSender(bootstrapServers, settings.name(), settings.topic(), settings.ackTimeout());
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, settings.name()));
    }

    /** Polls on a thread of its own, faster than Quarkus' simple scheduler (which ticks once a second) could. */
    public void start() {
        poller.scheduleWithFixedDelay(this::relay, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(settings.ackTimeout().toSeconds(), TimeUnit.SECONDS);
        sender.close();
    }

    public Status status() {
        return status;
    }

    public Settings settings() {
        return settings;
    }

    /** Gauges and counters tagged with the relay's name: backlog, lease held, events published. */
    public void registerMetrics(MeterRegistry registry) {
        Gauge.builder("jixiao.outbox.backlog", this, OutboxRelay::backlog).tag("relay", settings.name())
                .description("Outbox rows not yet acknowledged by the broker").register(registry);
        Gauge.builder("jixiao.outbox.lease.held", this, relay -> relay.status.leaseHeld() ? 1 : 0)
                .tag("relay", settings.name()).description("1 when this instance publishes, 0 on standby")
                .register(registry);
        FunctionCounter.builder("jixiao.outbox.published", published, AtomicLong::get).tag("relay", settings.name())
                .description("Outbox rows this instance published").register(registry);
    }

    /** Rows waiting to be published. */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + settings.table() + " where published_at is null").getSingleResult())
                .longValue());
    }

    void relay() {
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == settings.batchSize());
        } catch (RuntimeException e) {
            status = new Status(true, e.getMessage(), status.leaseHeld(), Instant.now());
            LOG.warnf("%s paused, will retry: %s", settings.name(), e.getMessage());
        }
    }

    /** Sends the oldest unpublished rows; returns how many were sent and marked (0 on standby). */
    int publishBatch() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(this::leaseAndRead);
        if (rows == null) {
            status = new Status(false, null, false, Instant.now());
            return 0;
        }
        if (rows.isEmpty()) {
            status = new Status(false, null, true, Instant.now());
            return 0;
        }
        List<KafkaBatchSender.Outgoing> records = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            CloudEvent event = settings.cloudEvents().attributes().apply(Arrays.copyOfRange(row, 3, row.length));
            records.add(new KafkaBatchSender.Outgoing((String) row[1], (String) row[2],
                    CloudEventHeaders.of(settings.cloudEventsSource(), settings.topic(), event)));
        }
        sender.sendAll(records);
        boolean marked = QuarkusTransaction.requiringNew().call(() -> markPublished(ids));
        if (!marked) {
            LOG.warnf("%s lost its lease while sending %d rows; the new holder sends them again", settings.name(),
                    ids.size());
            status = new Status(false, null, false, Instant.now());
            return 0;
        }
        published.addAndGet(ids.size());
        status = new Status(false, null, true, Instant.now());
        return ids.size();
    }

    /** The next batch, or null when another instance holds the lease. */
    private List<Object[]> leaseAndRead() {
        limitWaits();
        if (!lease.acquire()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, " + settings.keyColumn() + ", "
                        + settings.valueColumn() + ", " + settings.cloudEvents().columns() + " from " + settings.table()
                        + " where published_at is null order by id limit ?1")
                .setParameter(1, settings.batchSize())
                .getResultList();
        return rows;
    }

    private boolean markPublished(List<Long> ids) {
        limitWaits();
        if (!lease.confirm()) {
            return false;
        }
        entityManager.createNativeQuery("update " + settings.table() + " set published_at = now() where id in (?1)")
                .setParameter(1, ids)
                .executeUpdate();
        return true;
    }

    /**
     * The relay's transactions last milliseconds: if this process freezes inside one, PostgreSQL ends it within 2 s
     * (the connection's own limits are longer, for ingest batches), so the lease row is never held longer than that.
     */
    private void limitWaits() {
        entityManager.createNativeQuery("select set_config('idle_in_transaction_session_timeout', '2000', true), "
                + "set_config('lock_timeout', '2000', true)").getSingleResult();
    }
}
