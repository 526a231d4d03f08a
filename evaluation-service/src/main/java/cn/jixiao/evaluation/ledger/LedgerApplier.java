package cn.jixiao.evaluation.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.repository.ParkedLedgerEvents;
import cn.jixiao.evaluation.service.ScoreService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Applies ledger events to the aggregates, exactly once: each agency's position (last applied sequence) is locked,
 * checked and advanced in the same transaction as the aggregate change. Per agency, only the next sequence is
 * applied; an older one is a redelivery, a later one waits for the producer's in-order resend (docs/events.md). The
 * events of a quarantined agency are parked instead, in the same transaction that saw the quarantine.
 *
 * <p>A batch (a poll's records) is applied in one transaction: positions locked with one query, aggregates loaded with
 * one, changed in memory, and each touched agency-year's scores recalculated once.
 */
@ApplicationScoped
public class LedgerApplier {

    public enum Outcome { APPLIED, DUPLICATE, AHEAD, PARKED }

    /**
     * A record to apply: its envelope, the value as received (kept if the agency is quarantined) and the span it is
     * processed in (invalid when untraced, e.g. in a rebuild).
     */
    public record Item(LedgerEnvelope event, String payload, Span span) {

        public Item(LedgerEnvelope event, String payload) {
            this(event, payload, Span.getInvalid());
        }
    }

    /** How many of a batch's events were applied, and how many were redeliveries. */
    public record BatchResult(int applied, int duplicates) {
    }

    private final EventEffects effects;
    private final EntityManager entityManager;
    private final ScoreService scores;
    private final ParkedLedgerEvents parked;
    private final LedgerTracing tracing;

    LedgerApplier(EventEffects effects, EntityManager entityManager, ScoreService scores, ParkedLedgerEvents parked,
            LedgerTracing tracing) {
        this.effects = effects;
        this.entityManager = entityManager;
        this.scores = scores;
        this.parked = parked;
        this.tracing = tracing;
    }

    /** Applies the item's event, or parks it when its agency is quarantined. */
    @Transactional
    public Outcome apply(Item item) {
        return applyBatch(List.of(item), true, false).outcome();
    }

    /** Applies a parked event of a quarantined agency that is being released, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome applyParked(LedgerEnvelope event) {
        return applyBatch(List.of(new Item(event, null)), true, true).outcome();
    }

    /**
     * Applies a poll's records in one transaction; {@code recalculate} false leaves the scores to the caller (a
     * rebuild recalculates once at the end). Any failure rolls the whole batch back.
     */
    @Transactional
    public BatchResult applyBatch(List<Item> items, boolean recalculate) {
        Applied result = applyBatch(items, recalculate, false);
        return new BatchResult(result.applied, result.duplicates);
    }

    /** Moves the position past an event that was dead-lettered, so that the agency's later events still apply. */
    @Transactional
    public void skip(LedgerEnvelope event) {
        if (event == null) {
            return;
        }
        LedgerPosition position = LedgerPosition.lock(event.agencyCode());
        long last = position == null ? 0 : position.lastSequence;
        if (event.sequence() != last + 1) {
            return;
        }
        if (position == null) {
            position = LedgerPosition.start(event.agencyCode());
            position.persist();
        }
        EventEffects.advance(position, event);
    }

    /**
     * Recalculates each touched agency-year's scores once, in the batch's transaction, with the batch's changes already
     * flushed, and without a flush before each of the recalculations' queries: the scores read what the batch wrote
     * (flushed here) and their own inputs, which the consumer does not change, and an automatic flush dirty-checks every
     * entity the batch loaded, per query (it was most of the recalculation's time under deploy/bench).
     */
    private void recalculateOnce(Map<AgencyYear, List<SpanContext>> touched) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            touched.forEach(this::recalculateTraced);
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

    /** Recalculates in a span that the score change written to the outbox carries on to evaluation.scores.v1. */
    private void recalculateTraced(AgencyYear id, List<SpanContext> causes) {
        Span span = tracing.score(id.agencyCode, id.fiscalYear, causes);
        try (Scope scope = span.makeCurrent()) {
            scores.recalculate(id, null);
        } finally {
            span.end();
        }
    }

    private static final class Applied {
        int applied;
        int duplicates;
        Outcome last = Outcome.APPLIED;

        Outcome outcome() {
            return last;
        }
    }

    private Applied applyBatch(List<Item> items, boolean recalculate, boolean releasing) {
        Map<String, List<Item>> byAgency = new TreeMap<>();
        items.forEach(item -> byAgency.computeIfAbsent(item.event().agencyCode(), code -> new ArrayList<>()).add(item));
        Map<String, LedgerPosition> positions = LedgerPosition.lockAll(byAgency.keySet());
        UnitOfWork work = new UnitOfWork(entityManager);
        work.preload(byAgency.keySet());
        Map<AgencyYear, List<SpanContext>> touched = new LinkedHashMap<>();
        Applied result = new Applied();
        byAgency.forEach((agencyCode, agencyItems) -> {
            LedgerPosition position = positions.get(agencyCode);
            for (Item item : agencyItems) {
                LedgerEnvelope event = item.event();
                long last = position == null ? 0 : position.lastSequence;
                if (event.sequence() <= last) {
                    result.duplicates++;
                    result.last = Outcome.DUPLICATE;
                } else if (!releasing && position != null && position.quarantined()) {
                    parked.park(agencyCode, event.sequence(), event.eventId(), item.payload());
                    result.last = Outcome.PARKED;
                } else if (event.sequence() > last + 1) {
                    result.last = Outcome.AHEAD;
                } else {
                    if (position == null) {
                        position = LedgerPosition.start(agencyCode);
                        position.persist();
                    }
                    AgencyYear changed = effects.apply(position, event, work);
                    if (changed != null) {
                        List<SpanContext> causes = touched.computeIfAbsent(changed, id -> new ArrayList<>());
                        if (item.span().getSpanContext().isValid()) {
                            causes.add(item.span().getSpanContext());
                        }
                    }
                    result.applied++;
                    result.last = Outcome.APPLIED;
                }
            }
        });
        work.flush();
        if (recalculate) {
            recalculateOnce(touched);
        }
        return result;
    }
}
