package cn.jixiao.evaluation.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.service.ScoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Rebuilds every ledger aggregate from the beginning of {@code budget.ledger.v1}, then recalculates each agency-year's
 * scores once. The live consumer is paused meanwhile; when it resumes, what the rebuild already applied counts as
 * redelivered, and only later events are applied. Department inputs and score history are kept.
 */
@ApplicationScoped
public class LedgerRebuild {

    private static final Logger LOG = Logger.getLogger(LedgerRebuild.class);
    static final String TOPIC = "budget.ledger.v1";

    /** What a rebuild did. */
    public record Result(long records, long applied, int agencyYears, long millis) {
    }

    private final String bootstrapServers;
    private final LedgerEventReader reader;
    private final LedgerApplier applier;
    private final ScoreService scores;
    private final EntityManager entityManager;
    private final ChannelRegistry channels;
    private final AgencyQuarantine quarantine;
    private volatile String phase;
    private volatile long processed;
    private volatile long total;
    private volatile long phaseStartedAt;

    LedgerRebuild(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, LedgerEventReader reader,
            LedgerApplier applier, ScoreService scores, EntityManager entityManager, ChannelRegistry channels,
            AgencyQuarantine quarantine) {
        this.quarantine = quarantine;
        this.bootstrapServers = bootstrapServers;
        this.reader = reader;
        this.applier = applier;
        this.scores = scores;
        this.entityManager = entityManager;
        this.channels = channels;
    }

    public synchronized Result run() {
        long begin = System.nanoTime();
        startPhase("replaying", 0);
        PausableChannel live = channels.getPausable("budget-ledger");
        live.pause();
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("truncate ledger_position, ledger_aggregate, monthly_spending, ledger_fact, "
                            + "parked_ledger_event")
                    .executeUpdate());
            long[] counts = replay();
            Set<AgencyYear> touched = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
            QuarkusTransaction.requiringNew().run(() -> LedgerAggregate.<LedgerAggregate>listAll()
                    .forEach(aggregate -> touched.add(aggregate.id)));
            startPhase("scoring", touched.size());
            touched.forEach(id -> {
                scores.recalculate(id, null);
                processed++;
            });
            Result result = new Result(counts[0], counts[1], touched.size(), (System.nanoTime() - begin) / 1_000_000);
            LOG.infof("ledger rebuilt: %s", result);
            return result;
        } finally {
            live.resume();
        }
    }

    /** How far the running rebuild is; null before the first rebuild of this instance. */
    public RebuildProgress progress() {
        String current = phase;
        return current == null ? null
                : RebuildProgress.of(current, processed, total, System.nanoTime() - phaseStartedAt);
    }

    private void startPhase(String name, long items) {
        processed = 0;
        total = items;
        phaseStartedAt = System.nanoTime();
        phase = name;
    }

    /** Applies every record up to the end offsets seen at the start; returns {records read, events applied}. */
    private long[] replay() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "evaluation-service-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // a poll and the fetched data behind it stay small beside the 56 MB heap (docs/deploy.md, "Memory")
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(2 * 1024 * 1024),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long records = 0;
        long applied = 0;
        Set<String> skipped = quarantine.skippedEvents();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            startPhase("replaying", end.entrySet().stream()
                    .mapToLong(e -> e.getValue() - beginning.getOrDefault(e.getKey(), 0L)).sum());
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        batch.add(record);
                    }
                }
                records += batch.size();
                applied += replayBatch(batch, skipped);
                processed = records;
            }
        }
        return new long[] {records, applied};
    }

    /**
     * Applies a poll's records in one transaction, as live consumption does; a batch that fails, or holds an event an
     * operator skipped, is replayed record by record. Returns how many events were applied.
     */
    private long replayBatch(List<ConsumerRecord<String, String>> batch, Set<String> skipped) {
        List<LedgerApplier.Item> items = new ArrayList<>(batch.size());
        boolean holdsSkipped = false;
        for (ConsumerRecord<String, String> record : batch) {
            LedgerEnvelope event = reader.envelopeOrNull(record.value());
            if (event != null) {
                items.add(new LedgerApplier.Item(event, record.value()));
                holdsSkipped |= skipped.contains(event.agencyCode() + "#" + event.sequence());
            }
        }
        if (!holdsSkipped && !items.isEmpty()) {
            try {
                return applier.applyBatch(items, false).applied();
            } catch (RuntimeException e) {
                LOG.debugf("rebuild batch failed, replaying record by record: %s", e.getMessage());
            }
        }
        long applied = 0;
        for (ConsumerRecord<String, String> record : batch) {
            if (replayOne(record.value(), skipped)) {
                applied++;
            }
        }
        return applied;
    }

    /** Applies one record as live consumption would, without its retries: a failure quarantines the agency. */
    private boolean replayOne(String value, Set<String> skipped) {
        LedgerEnvelope event;
        try {
            event = reader.envelope(value);
        } catch (PoisonEvent e) {
            return false;
        }
        try {
            if (skipped.contains(event.agencyCode() + "#" + event.sequence())) {
                applier.skip(event);
                return false;
            }
            return applier.applyBatch(List.of(new LedgerApplier.Item(event, value)), false).applied() == 1;
        } catch (PoisonEvent e) {
            // already on the dead-letter topic from live consumption; the position moves past it
            applier.skip(event);
            return false;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof PoisonEvent) {
                applier.skip(event);
                return false;
            }
            quarantine.quarantine(event, value, LedgerFailures.describe(e));
            return false;
        }
    }
}
