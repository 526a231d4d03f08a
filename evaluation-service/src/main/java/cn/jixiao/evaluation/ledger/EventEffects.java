package cn.jixiao.evaluation.ledger;

import static cn.jixiao.evaluation.ledger.LedgerEventReader.requireExpenseKind;
import static cn.jixiao.evaluation.ledger.LedgerEventReader.requireMoney;
import static cn.jixiao.evaluation.ledger.LedgerEventReader.requirePresent;

import java.math.BigDecimal;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.ExpenseKind;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerPosition;
import jakarta.enterprise.context.ApplicationScoped;

/** What one ledger event does to its agency's position and aggregates: the same for single events and batches. */
@ApplicationScoped
class EventEffects {

    private final LedgerEventReader reader;

    EventEffects(LedgerEventReader reader) {
        this.reader = reader;
    }

    /**
     * Applies the agency's next event (the caller checked its sequence) and advances the position; returns the
     * agency-year whose totals changed, or null. A {@link PoisonEvent} means the event can never be applied.
     */
    AgencyYear apply(LedgerPosition position, LedgerEnvelope event, UnitOfWork work) {
        AgencyYear changed = null;
        switch (event.type()) {
            case "AgencyRegistered", "AgencyUpdated" -> {
                LedgerChanges.Agency agency = reader.data(event, LedgerChanges.Agency.class);
                requirePresent(agency.agencyName(), "agencyName");
                requirePresent(agency.mofDivCode(), "mofDivCode");
                position.agencyName = agency.agencyName();
                position.mofDivCode = agency.mofDivCode();
                position.authorizedStaff = agency.authorizedStaff();
                position.actualStaff = agency.actualStaff();
            }
            case "BudgetLineRecorded", "BudgetLineAdjusted" -> {
                LedgerChanges.BudgetLine line = reader.data(event, LedgerChanges.BudgetLine.class);
                BigDecimal amount = requireMoney(line.amount(), "amount");
                ExpenseKind kind = requireExpenseKind(line.expenseKind());
                requirePresent(line.initialBudget(), "initialBudget");
                LedgerAggregate aggregate = aggregate(event, work);
                aggregate.addBudget(amount, kind, line.threePublicGroup() != null, line.initialBudget());
                // an adjustment carries its original's codes and kind (budget-service enforces it) but its own source
                work.addFact(new UnitOfWork.Fact(aggregate.id, 'B', line.initialBudget(), kind, line.sourceTypeCode(),
                        line.depBgtEcoCode(), line.expFuncCode(), line.proCode(), 0), amount);
                changed = aggregate.id;
            }
            case "PaymentRecorded", "PaymentReversed" -> {
                LedgerChanges.Payment payment = reader.data(event, LedgerChanges.Payment.class);
                BigDecimal amount = requireMoney(payment.xpayAmt(), "xpayAmt");
                requirePresent(payment.payDate(), "payDate");
                ExpenseKind kind = requireExpenseKind(payment.expenseKind());
                requirePresent(event.fiscalYear(), "fiscalYear");
                if (payment.payDate().getYear() != event.fiscalYear()) {
                    throw new PoisonEvent("payDate " + payment.payDate() + " outside fiscal year "
                            + event.fiscalYear());
                }
                LedgerAggregate aggregate = aggregate(event, work);
                aggregate.addSpending(amount, kind, payment.threePublicGroup() != null);
                work.addMonthly(aggregate.id, payment.payDate().getMonthValue(), amount);
                work.addFact(new UnitOfWork.Fact(aggregate.id, 'S', false, kind, payment.sourceTypeCode(),
                        payment.depBgtEcoCode(), payment.expFuncCode(), payment.proCode(),
                        payment.payDate().getMonthValue()), amount);
                changed = aggregate.id;
            }
            case "AssetSnapshotRecorded" -> {
                LedgerChanges.AssetSnapshot assets = reader.data(event, LedgerChanges.AssetSnapshot.class);
                requirePresent(assets.snapshotDate(), "snapshotDate");
                BigDecimal total = requireMoney(assets.totalOriginalValue(), "totalOriginalValue");
                BigDecimal inUse = requireMoney(assets.inUseOriginalValue(), "inUseOriginalValue");
                LedgerAggregate aggregate = aggregate(event, work);
                aggregate.recordAssets(assets.snapshotDate(), total, inUse);
                changed = aggregate.id;
            }
            default -> {
                // a type added after v1 was written: nothing to aggregate, but the position moves on
            }
        }
        advance(position, event);
        return changed;
    }

    static void advance(LedgerPosition position, LedgerEnvelope event) {
        position.lastSequence = event.sequence();
        position.lastEventId = event.eventId();
        position.lastEventAt = event.occurredAt();
    }

    private static LedgerAggregate aggregate(LedgerEnvelope event, UnitOfWork work) {
        requirePresent(event.fiscalYear(), "fiscalYear");
        return work.aggregate(new AgencyYear(event.agencyCode(), event.fiscalYear()), event.sequence(),
                event.occurredAt());
    }
}
