package cn.jixiao.evaluation.ledger;

import java.time.Duration;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes {@code budget.ledger.v1} (group {@code evaluation-service}) one record at a time, in partition order. A
 * poison record goes to the dead-letter topic and the others go on; a failure that may pass (the database restarting)
 * is retried with backoff, holding the partition, so that nothing is skipped.
 */
@ApplicationScoped
public class LedgerConsumer {

    private static final Logger LOG = Logger.getLogger(LedgerConsumer.class);
    private static final int ATTEMPTS = 8;

    private final LedgerEventReader reader;
    private final LedgerApplier applier;
    private final DeadLetters deadLetters;

    LedgerConsumer(LedgerEventReader reader, LedgerApplier applier, DeadLetters deadLetters) {
        this.reader = reader;
        this.applier = applier;
        this.deadLetters = deadLetters;
    }

    @Incoming("budget-ledger")
    @Blocking
    public void consume(Record<String, String> record) {
        LedgerEnvelope event;
        try {
            event = reader.envelope(record.value());
        } catch (PoisonEvent e) {
            deadLetters.send(record.key(), record.value(), e.getMessage());
            return;
        }
        try {
            applyWithRetry(event);
        } catch (PoisonEvent e) {
            deadLetters.send(record.key(), record.value(), e.getMessage());
            applier.skip(event);
        }
    }

    private void applyWithRetry(LedgerEnvelope event) {
        Duration backoff = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                LedgerApplier.Outcome outcome = applier.apply(event);
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
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("applying %s %s#%d failed (attempt %d), retrying: %s", event.type(), event.agencyCode(),
                        event.sequence(), attempt, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
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
