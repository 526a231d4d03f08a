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

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import cn.jixiao.platform.tracing.KafkaTraceHeaders;
import cn.jixiao.platform.tracing.MessagingSpans;
import cn.jixiao.platform.tracing.StoredTrace;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * Publishes a transactional outbox table to a Kafka topic: rows are sent in id order (each agency's order), the
 * relay waits for the broker's acknowledgement of the whole batch, then marks the rows published. One instance at a
 * time publishes, under a {@link RelayLease}; a frozen or dead holder is taken over once its lease expires, and a
 * holder that lost its lease while sending does not mark anything (the new holder sends those rows again).
 * Delivery is therefore at least once, in order per key; consumers skip what they already applied (docs/events.md).
 *
 * <p>Each record is sent in a span {@code send <topic>}, child of the span that wrote the row (its {@code traceparent}
 * and {@code tracestate} columns), and carries that span's context in its own {@code traceparent} header; besides
 * those, the table has {@code created_at}, the row's creation, from which the publish delay is measured.
 *
 * <p>No transaction is open while the relay waits for the broker: rows are read in one short transaction and marked
 * in another, so the database's idle-in-transaction timeout never cuts a slow acknowledgement.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration[] PUBLISH_DELAY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

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
    private final Tracer tracer;
    private final Timer publishDelay;
    private final ScheduledExecutorService poller;
    private volatile Status status = new Status(false, null, false, Instant.now());

    public OutboxRelay(Settings settings, EntityManager entityManager, String bootstrapServers,
            OpenTelemetry openTelemetry, MeterRegistry registry) {
        this.settings = settings;
        this.entityManager = entityManager;
        this.tracer = openTelemetry.getTracer("cn.jixiao.platform.outbox");
        String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.lease = new RelayLease(entityManager, settings.name(), holder, settings.leaseTtl());
        this.sender = new KafkaBatchSender(bootstrapServers, settings.name(), settings.topic(), settings.ackTimeout());
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, settings.name()));
        this.publishDelay = registerMetrics(registry);
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

    /**
     * Gauges, counters and a timer tagged with the relay's name: backlog, age of the oldest waiting row, lease held,
     * events published, and each row's delay from creation to acknowledged publication.
     */
    private Timer registerMetrics(MeterRegistry registry) {
        Gauge.builder("jixiao.outbox.backlog", this, OutboxRelay::backlog).tag("relay", settings.name())
                .description("Outbox rows not yet acknowledged by the broker").register(registry);
        Gauge.builder("jixiao.outbox.lease.held", this, relay -> relay.status.leaseHeld() ? 1 : 0)
                .tag("relay", settings.name()).description("1 when this instance publishes, 0 on standby")
                .register(registry);
        Gauge.builder("jixiao.outbox.oldest.age", this, OutboxRelay::oldestAgeSeconds).tag("relay", settings.name())
                .baseUnit("seconds").description("Age of the oldest outbox row not yet published, 0 when none waits")
                .register(registry);
        Timer delay = Timer.builder("jixiao.outbox.publish.delay").tag("relay", settings.name())
                .description("From an outbox row's creation to its publication, acknowledged by the broker")
                .serviceLevelObjectives(PUBLISH_DELAY_BUCKETS).register(registry);
        FunctionCounter.builder("jixiao.outbox.published", published, AtomicLong::get).tag("relay", settings.name())
                .description("Outbox rows this instance published").register(registry);
        return delay;
    }

    /** Rows waiting to be published. */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + settings.table() + " where published_at is null").getSingleResult())
                .longValue());
    }

    /** Seconds since the oldest unpublished row was created (by the database clock), 0 when none waits. */
    public double oldestAgeSeconds() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> age = entityManager.createNativeQuery("select extract(epoch from now() - created_at) from "
                    + settings.table() + " where published_at is null order by id limit 1").getResultList();
            return age.isEmpty() ? 0.0 : Math.max(0.0, ((Number) age.get(0)).doubleValue());
        });
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
            CloudEvent event = settings.cloudEvents().attributes().apply(Arrays.copyOfRange(row, 5, row.length));
            String key = (String) row[1];
            Span span = MessagingSpans.start(tracer, MessagingSpans.SEND, settings.topic(),
                    new StoredTrace((String) row[3], (String) row[4]).context(), key, event.id());
            List<Header> headers = new ArrayList<>(CloudEventHeaders.of(settings.cloudEventsSource(), settings.topic(),
                    event));
            headers.addAll(KafkaTraceHeaders.of(Context.root().with(span)));
            records.add(new KafkaBatchSender.Outgoing(key, (String) row[2], headers, new SendSpan(span)));
        }
        sender.sendAll(records);
        List<?> delays = QuarkusTransaction.requiringNew().call(() -> markPublished(ids));
        if (delays == null) {
            LOG.warnf("%s lost its lease while sending %d rows; the new holder sends them again", settings.name(),
                    ids.size());
            status = new Status(false, null, false, Instant.now());
            return 0;
        }
        delays.forEach(seconds -> publishDelay.record(
                Duration.ofNanos(Math.max(0, Math.round(((Number) seconds).doubleValue() * 1e9)))));
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
                        + settings.valueColumn() + ", traceparent, tracestate, " + settings.cloudEvents().columns() + " from " + settings.table()
                        + " where published_at is null order by id limit ?1")
                .setParameter(1, settings.batchSize())
                .getResultList();
        return rows;
    }

    /** Marks the rows published; returns each one's delay since creation in seconds, or null without the lease. */
    private List<?> markPublished(List<Long> ids) {
        limitWaits();
        if (!lease.confirm()) {
            return null;
        }
        return entityManager.createNativeQuery("update " + settings.table() + " set published_at = now() "
                        + "where id in (?1) returning extract(epoch from published_at - created_at)")
                .setParameter(1, ids)
                .getResultList();
    }

    /**
     * The relay's transactions last milliseconds: if this process freezes inside one, PostgreSQL ends it within 2 s
     * (the connection's own limits are longer, for ingest batches), so the lease row is never held longer than that.
     */
    private void limitWaits() {
        entityManager.createNativeQuery("select set_config('idle_in_transaction_session_timeout', '2000', true), "
                + "set_config('lock_timeout', '2000', true)").getSingleResult();
    }

    /** A record's {@code send} span, ended with the broker's answer. */
    private record SendSpan(Span span) implements KafkaBatchSender.Delivery {

        @Override
        public void acknowledged(RecordMetadata metadata) {
            MessagingSpans.located(span, metadata.partition(), metadata.offset());
            span.end();
        }

        @Override
        public void failed(String reason) {
            MessagingSpans.failed(span, reason);
            span.end();
        }
    }
}
