package cn.jixiao.evaluation.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import cn.jixiao.evaluation.api.InputRejected;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.repository.ParkedLedgerEvents;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Parks an agency whose next event cannot be applied, so that one agency's data never stops the others: the agency's
 * position records the blocking sequence and the reason, its later records wait in {@code parked_ledger_event}, and
 * an operator (or the periodic retry) releases it by applying the parked records in order, or skips the blocking
 * event with a reason. Nothing is dropped without a record: a skipped event goes to the dead-letter topic and into
 * {@code ledger_skip} with who skipped it and why.
 */
@ApplicationScoped
public class AgencyQuarantine {

    private static final Logger LOG = Logger.getLogger(AgencyQuarantine.class);
    static final int REASON_LENGTH = 500;

    /** A quarantined agency as operators see it. */
    public record Entry(String agencyCode, String agencyName, long blockedSequence, String reason, Instant since,
            int attempts, long parkedEvents) {
    }

    /** What a release did: whether the agency flows again, how many parked events were applied, and why not. */
    public record Released(String agencyCode, boolean released, int applied, Long blockedSequence, String reason) {
    }

    private enum Step { APPLIED, DONE }

    private final LedgerEventReader reader;
    private final LedgerApplier applier;
    private final ParkedLedgerEvents parked;
    private final DeadLetters deadLetters;
    private final EntityManager entityManager;

    AgencyQuarantine(LedgerEventReader reader, LedgerApplier applier, ParkedLedgerEvents parked,
            DeadLetters deadLetters, EntityManager entityManager) {
        this.reader = reader;
        this.applier = applier;
        this.parked = parked;
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
    }

    /**
     * Quarantines the event's agency at this event, which failed with {@code reason}. An event an operator already
     * skipped (seen again in a rebuild) is skipped again instead.
     */
    public void quarantine(LedgerEnvelope event, String payload, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerPosition position = lockOrStart(event.agencyCode());
            if (event.sequence() <= position.lastSequence) {
                return;
            }
            if (position.quarantined() && position.quarantinedSequence < event.sequence()) {
                parked.park(event.agencyCode(), event.sequence(), event.eventId(), payload);
                return;
            }
            if (wasSkipped(event) && event.sequence() == position.lastSequence + 1) {
                EventEffects.advance(position, event);
                return;
            }
            position.quarantine(event.sequence(), shorten(reason), now());
            parked.park(event.agencyCode(), event.sequence(), event.eventId(), payload);
        });
        LOG.errorf("agency %s quarantined at sequence %d: %s", event.agencyCode(), event.sequence(), reason);
    }

    public List<Entry> list() {
        return QuarkusTransaction.requiringNew().call(() -> LedgerPosition.<LedgerPosition>list(
                        "quarantinedSequence is not null order by agencyCode").stream()
                .map(p -> new Entry(p.agencyCode, p.agencyName, p.quarantinedSequence, p.quarantineReason,
                        p.quarantinedAt, p.quarantineAttempts, parked.count(p.agencyCode)))
                .toList());
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() -> LedgerPosition.count("quarantinedSequence is not null"));
    }

    /** Applies the agency's parked events in order; stops, still quarantined, at the first that fails again. */
    public Released release(String agencyCode) {
        int applied = 0;
        while (true) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> releaseStep(agencyCode)) == Step.DONE) {
                    return new Released(agencyCode, true, applied, null, null);
                }
                applied++;
            } catch (PoisonEvent poison) {
                skipPoison(agencyCode, poison);
                applied++;
            } catch (RuntimeException failure) {
                String reason = LedgerFailures.describe(failure);
                Long sequence = QuarkusTransaction.requiringNew().call(() -> recordFailure(agencyCode, reason));
                LOG.warnf("agency %s still quarantined at sequence %s: %s", agencyCode, sequence, reason);
                return new Released(agencyCode, false, applied, sequence, reason);
            }
        }
    }

    /**
     * Skips the blocking event of a quarantined agency: it goes to the dead-letter topic with the operator's reason
     * and is recorded in {@code ledger_skip}; then the agency's other parked events are applied.
     */
    public Released skip(String agencyCode, long sequence, String reason, String operator) {
        ParkedLedgerEvents.Parked blocking = QuarkusTransaction.requiringNew()
                .call(() -> blockingEvent(agencyCode, sequence, () -> lockExisting(agencyCode)));
        deadLetters.send(agencyCode, blocking.payload(), "skipped by " + operator + ": " + reason);
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerPosition position = lockExisting(agencyCode);
            blockingEvent(agencyCode, sequence, () -> position);
            LedgerEnvelope event = reader.envelope(blocking.payload());
            entityManager.createNativeQuery("insert into ledger_skip (agency_code, sequence, event_id, reason, "
                            + "skipped_by, skipped_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, agencyCode)
                    .setParameter(2, sequence)
                    .setParameter(3, event.eventId())
                    .setParameter(4, reason)
                    .setParameter(5, shorten(operator))
                    .setParameter(6, now())
                    .executeUpdate();
            EventEffects.advance(position, event);
            parked.remove(agencyCode, sequence);
        });
        LOG.warnf("agency %s: sequence %d skipped by %s: %s", agencyCode, sequence, operator, reason);
        return release(agencyCode);
    }

    /** The events operators skipped, as {@code agencyCode#sequence}: a rebuild skips them again. */
    Set<String> skippedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> Set.copyOf(entityManager.createNativeQuery(
                "select agency_code || '#' || sequence from ledger_skip", String.class).getResultList()));
    }

    private Step releaseStep(String agencyCode) {
        LedgerPosition position = LedgerPosition.lock(agencyCode);
        if (position == null || !position.quarantined()) {
            return Step.DONE;
        }
        var next = parked.first(agencyCode);
        if (next.isEmpty()) {
            position.release();
            return Step.DONE;
        }
        LedgerEnvelope event = reader.envelope(next.get().payload());
        // AHEAD: a record of a failed relay attempt; the producer's in-order resend brings it again
        applier.applyParked(event);
        parked.remove(agencyCode, event.sequence());
        return Step.APPLIED;
    }

    /** Dead-letters the parked event that can never apply (the broker is not waited for inside a transaction). */
    private void skipPoison(String agencyCode, PoisonEvent poison) {
        ParkedLedgerEvents.Parked first = QuarkusTransaction.requiringNew()
                .call(() -> parked.first(agencyCode).orElseThrow());
        deadLetters.send(agencyCode, first.payload(), poison.getMessage());
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerPosition position = LedgerPosition.lock(agencyCode);
            LedgerEnvelope event = reader.envelopeOrNull(first.payload());
            if (event != null && event.sequence() == position.lastSequence + 1) {
                EventEffects.advance(position, event);
            }
            parked.remove(agencyCode, first.sequence());
        });
    }

    private Long recordFailure(String agencyCode, String reason) {
        LedgerPosition position = LedgerPosition.lock(agencyCode);
        if (position == null || !position.quarantined()) {
            return null;
        }
        long sequence = parked.first(agencyCode).map(ParkedLedgerEvents.Parked::sequence)
                .orElse(position.quarantinedSequence);
        position.quarantine(sequence, shorten(reason), now());
        return sequence;
    }

    private ParkedLedgerEvents.Parked blockingEvent(String agencyCode, long sequence,
            Supplier<LedgerPosition> position) {
        LedgerPosition locked = position.get();
        if (!locked.quarantined() || locked.quarantinedSequence != sequence) {
            throw InputRejected.conflict("该单位当前未因此序号被隔离，请刷新隔离列表后重试。", List.of(new FieldError("sequence",
                    "NOT_BLOCKING", "被隔离的序号为 " + locked.quarantinedSequence)));
        }
        return parked.at(agencyCode, sequence).orElseThrow(() -> InputRejected.conflict(
                "未找到该序号的暂存事件。", List.of(new FieldError("sequence", "NOT_PARKED", "未找到暂存事件"))));
    }

    private LedgerPosition lockExisting(String agencyCode) {
        LedgerPosition position = LedgerPosition.lock(agencyCode);
        if (position == null) {
            throw Refusal.notFound("没有单位 " + agencyCode + " 的账本记录。");
        }
        return position;
    }

    private LedgerPosition lockOrStart(String agencyCode) {
        LedgerPosition position = LedgerPosition.lock(agencyCode);
        if (position == null) {
            position = LedgerPosition.start(agencyCode);
            position.persist();
        }
        return position;
    }

    private boolean wasSkipped(LedgerEnvelope event) {
        return !entityManager.createNativeQuery("select 1 from ledger_skip where agency_code = ?1 and sequence = ?2 "
                        + "and event_id = ?3")
                .setParameter(1, event.agencyCode())
                .setParameter(2, event.sequence())
                .setParameter(3, event.eventId())
                .getResultList().isEmpty();
    }

    private static String shorten(String text) {
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
