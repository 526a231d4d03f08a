package cn.jixiao.evaluation.ledger;

import static cn.jixiao.evaluation.ledger.LedgerEventReader.requireMoney;
import static cn.jixiao.evaluation.ledger.LedgerEventReader.requirePresent;

import java.math.BigDecimal;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerPosition;
import cn.jixiao.evaluation.repository.ParkedLedgerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies one ledger event to the aggregates, exactly once: the agency's position (last applied sequence) is locked,
 * checked and advanced in the same transaction as the aggregate change. Per agency, only the next sequence is
 * applied; an older one is a redelivery, a later one waits for the producer's in-order resend (docs/events.md). The
 * events of a quarantined agency are parked instead, in the same transaction that saw the quarantine.
 */
@ApplicationScoped
public class LedgerApplier {

    public enum Outcome { APPLIED, DUPLICATE, AHEAD, PARKED }

    private final LedgerEventReader reader;
    private final EntityManager entityManager;
    private final Event<LedgerApplied> applied;
    private final ParkedLedgerEvents parked;

    LedgerApplier(LedgerEventReader reader, EntityManager entityManager, Event<LedgerApplied> applied,
            ParkedLedgerEvents parked) {
        this.reader = reader;
        this.entityManager = entityManager;
        this.applied = applied;
        this.parked = parked;
    }

    /** Applies {@code event} (read from {@code payload}), or parks it when its agency is quarantined. */
    @Transactional
    public Outcome apply(LedgerEnvelope event, String payload) {
        return apply(event, payload, true, false);
    }

    /** Applies without recalculating scores: a rebuild recalculates once per agency-year at the end. */
    @Transactional
    public Outcome applyQuietly(LedgerEnvelope event, String payload) {
        return apply(event, payload, false, false);
    }

    /** Applies a parked event of a quarantined agency that is being released, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome applyParked(LedgerEnvelope event) {
        return apply(event, null, true, true);
    }

    private Outcome apply(LedgerEnvelope event, String payload, boolean recalculate, boolean releasing) {
        LedgerPosition position = LedgerPosition.lock(event.agencyCode());
        long last = position == null ? 0 : position.lastSequence;
        if (event.sequence() <= last) {
            return Outcome.DUPLICATE;
        }
        if (!releasing && position != null && position.quarantined()) {
            parked.park(event.agencyCode(), event.sequence(), event.eventId(), payload);
            return Outcome.PARKED;
        }
        if (event.sequence() > last + 1) {
            return Outcome.AHEAD;
        }
        boolean first = position == null;
        if (first) {
            position = LedgerPosition.start(event.agencyCode());
        }
        LedgerAggregate changed = null;
        switch (event.type()) {
            case "AgencyRegistered", "AgencyUpdated" -> {
                LedgerChanges.Agency agency = reader.data(event, LedgerChanges.Agency.class);
                requirePresent(agency.agencyName(), "agencyName");
                requirePresent(agency.mofDivCode(), "mofDivCode");
                position.agencyName = agency.agencyName();
                position.mofDivCode = agency.mofDivCode();
            }
            case "BudgetLineRecorded", "BudgetLineAdjusted" -> {
                LedgerChanges.BudgetLine line = reader.data(event, LedgerChanges.BudgetLine.class);
                BigDecimal amount = requireMoney(line.amount(), "amount");
                requirePresent(line.proCatCode(), "proCatCode");
                requirePresent(line.depBgtEcoCode(), "depBgtEcoCode");
                boolean initial = line.oriBgtId() == null && "1".equals(line.sourceTypeCode());
                changed = aggregate(event);
                changed.addBudget(amount, line.proCatCode(), line.depBgtEcoCode(), initial);
            }
            case "PaymentRecorded", "PaymentReversed" -> {
                LedgerChanges.Payment payment = reader.data(event, LedgerChanges.Payment.class);
                BigDecimal amount = requireMoney(payment.xpayAmt(), "xpayAmt");
                requirePresent(payment.payDate(), "payDate");
                requirePresent(payment.proCatCode(), "proCatCode");
                requirePresent(payment.depBgtEcoCode(), "depBgtEcoCode");
                changed = aggregate(event);
                changed.addSpending(amount, payment.proCatCode(), payment.depBgtEcoCode());
                addMonthly(event, payment, amount);
            }
            case "AssetSnapshotRecorded" -> {
                LedgerChanges.AssetSnapshot assets = reader.data(event, LedgerChanges.AssetSnapshot.class);
                requirePresent(assets.snapshotDate(), "snapshotDate");
                BigDecimal total = requireMoney(assets.totalOriginalValue(), "totalOriginalValue");
                BigDecimal inUse = requireMoney(assets.inUseOriginalValue(), "inUseOriginalValue");
                changed = aggregate(event);
                changed.recordAssets(assets.snapshotDate(), total, inUse);
            }
            default -> {
                // a type added after v1 was written: nothing to aggregate, but the position moves on
            }
        }
        advance(position, event, first);
        if (changed != null && recalculate) {
            applied.fire(new LedgerApplied(changed.id, event.sequence()));
        }
        return Outcome.APPLIED;
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
        boolean first = position == null;
        advance(first ? LedgerPosition.start(event.agencyCode()) : position, event, first);
    }

    static void advance(LedgerPosition position, LedgerEnvelope event, boolean first) {
        position.lastSequence = event.sequence();
        position.lastEventId = event.eventId();
        position.lastEventAt = event.occurredAt();
        if (first) {
            position.persist();
        }
    }

    private LedgerAggregate aggregate(LedgerEnvelope event) {
        requirePresent(event.fiscalYear(), "fiscalYear");
        AgencyYear id = new AgencyYear(event.agencyCode(), event.fiscalYear());
        LedgerAggregate aggregate = LedgerAggregate.findById(id);
        boolean first = aggregate == null;
        if (first) {
            aggregate = LedgerAggregate.of(id);
        }
        aggregate.markApplied(event.sequence(), event.occurredAt());
        if (first) {
            aggregate.persist();
        }
        return aggregate;
    }

    private void addMonthly(LedgerEnvelope event, LedgerChanges.Payment payment, BigDecimal amount) {
        if (payment.payDate().getYear() != event.fiscalYear()) {
            throw new PoisonEvent("payDate " + payment.payDate() + " outside fiscal year " + event.fiscalYear());
        }
        entityManager.createNativeQuery("insert into monthly_spending (agency_code, fiscal_year, month, amount) "
                        + "values (?1, ?2, ?3, ?4) on conflict (agency_code, fiscal_year, month) "
                        + "do update set amount = monthly_spending.amount + excluded.amount")
                .setParameter(1, event.agencyCode())
                .setParameter(2, event.fiscalYear())
                .setParameter(3, payment.payDate().getMonthValue())
                .setParameter(4, amount)
                .executeUpdate();
    }
}
