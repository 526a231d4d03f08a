package cn.jixiao.evaluation.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import cn.jixiao.platform.tracing.MessagingSpans;
import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes {@code budget.ledger.v1} (group {@code evaluation-service}) a poll at a time, in partition order. A
 * poison record goes to the dead-letter topic and the others go on. An event that still fails after a few retries
 * quarantines its agency ({@link AgencyQuarantine}) and the partition moves on; only a failure of the database itself
 * holds the partition, retried with backoff until the database is back, so that nothing is skipped.
 */
@ApplicationScoped
public class LedgerConsumer {

    private static final Logger LOG = Logger.getLogger(LedgerConsumer.class);
    private static final int ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final LedgerEventReader reader;
    private final LedgerApplier applier;
    private final DeadLetters deadLetters;
    private final AgencyQuarantine quarantine;
    private final LedgerTracing tracing;

    LedgerConsumer(LedgerEventReader reader, LedgerApplier applier, DeadLetters deadLetters,
            AgencyQuarantine quarantine, LedgerTracing tracing) {
        this.reader = reader;
        this.applier = applier;
        this.deadLetters = deadLetters;
        this.quarantine = quarantine;
        this.tracing = tracing;
    }

    /**
     * A poll's records: applied together in one transaction when all goes well; if the batch fails for any reason, its
     * records are applied one by one, so that only the event at fault is retried, dead-lettered or quarantined. Each
     * record's process span lasts until its batch (or its own transaction) is done.
     */
    @Incoming("budget-ledger")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<Span> spans = new ArrayList<>(records.count());
        try {
            List<LedgerApplier.Item> items = new ArrayList<>(records.count());
            for (ConsumerRecord<String, String> record : records) {
                Span span = tracing.process(record);
                spans.add(span);
                try {
                    items.add(new LedgerApplier.Item(reader.envelope(record.value()), record.value(), span));
                } catch (PoisonEvent e) {
                    MessagingSpans.failed(span, "dead-lettered: " + e.getMessage());
                    deadLetters.send(record.key(), record.value(), e.getMessage());
                }
            }
            apply(items);
        } finally {
            spans.forEach(Span::end);
        }
    }

    private void apply(List<LedgerApplier.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        try {
            applier.applyBatch(items, true);
            return;
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d ledger events failed, applying them one by one: %s", items.size(),
                    LedgerFailures.describe(e));
        }
        items.forEach(this::consumeOne);
    }

    private void consumeOne(LedgerApplier.Item item) {
        LedgerEnvelope event = item.event();
        try {
            applyWithRetry(item);
        } catch (PoisonEvent e) {
            MessagingSpans.failed(item.span(), "dead-lettered: " + e.getMessage());
            deadLetters.send(event.agencyCode(), item.payload(), e.getMessage());
            applier.skip(event);
        } catch (RuntimeException e) {
            MessagingSpans.failed(item.span(), "agency quarantined: " + LedgerFailures.describe(e));
            quarantineUntilRecorded(event, item.payload(), LedgerFailures.describe(e));
        }
    }

    private void applyWithRetry(LedgerApplier.Item item) {
        LedgerEnvelope event = item.event();
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                LedgerApplier.Outcome outcome = applier.apply(item);
                if (outcome != LedgerApplier.Outcome.APPLIED) {
                    LOG.debugf("%s %s#%d: %s", event.type(), event.agencyCode(), event.sequence(), outcome);
                }
                return;
            } catch (PoisonEvent e) {
                throw e;
            } catch (RuntimeException e) {
                if (e.getCause() instanceof PoisonEvent poison) {
                    throw poison;
                }
                boolean infrastructure = LedgerFailures.isInfrastructure(e);
                if (attempt >= ATTEMPTS && !infrastructure) {
                    throw e;
                }
                LOG.warnf("applying %s %s#%d failed (attempt %d%s), retrying: %s", event.type(), event.agencyCode(),
                        event.sequence(), attempt, infrastructure ? ", database unavailable" : "",
                        LedgerFailures.describe(e));
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
            }
        }
    }

    /** If even the quarantine cannot be written, the database is down for everyone: hold the partition and retry. */
    private void quarantineUntilRecorded(LedgerEnvelope event, String payload, String reason) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                quarantine.quarantine(event, payload, reason);
                return;
            } catch (RuntimeException e) {
                LOG.errorf("cannot quarantine agency %s, retrying: %s", event.agencyCode(), LedgerFailures.describe(e));
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
