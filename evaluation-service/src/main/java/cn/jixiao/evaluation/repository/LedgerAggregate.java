package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Running totals of one agency-year, changed by each ledger event in constant time, summed by the classification the
 * events carry (budget-service decides it; its execution summary sums by the same).
 */
@Entity
@Table(name = "ledger_aggregate")
public class LedgerAggregate extends PanacheEntityBase {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @EmbeddedId
    public AgencyYear id;

    @Column(name = "initial_budget")
    public BigDecimal initialBudget = ZERO;

    @Column(name = "adjusted_budget")
    public BigDecimal adjustedBudget = ZERO;

    public BigDecimal spending = ZERO;

    @Column(name = "project_budget")
    public BigDecimal projectBudget = ZERO;

    @Column(name = "project_spending")
    public BigDecimal projectSpending = ZERO;

    @Column(name = "public_budget")
    public BigDecimal publicBudget = ZERO;

    @Column(name = "public_spending")
    public BigDecimal publicSpending = ZERO;

    @Column(name = "three_public_budget")
    public BigDecimal threePublicBudget = ZERO;

    @Column(name = "three_public_spending")
    public BigDecimal threePublicSpending = ZERO;

    @Column(name = "assets_snapshot_date")
    public LocalDate assetsSnapshotDate;

    @Column(name = "assets_total")
    public BigDecimal assetsTotal;

    @Column(name = "assets_in_use")
    public BigDecimal assetsInUse;

    @Column(name = "last_sequence")
    public long lastSequence;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    public static LedgerAggregate of(AgencyYear id) {
        LedgerAggregate aggregate = new LedgerAggregate();
        aggregate.id = id;
        return aggregate;
    }

    /** A budget line or an adjustment of one (which carries the original's classification). */
    public void addBudget(BigDecimal amount, ExpenseKind kind, boolean threePublic, boolean initial) {
        adjustedBudget = adjustedBudget.add(amount);
        if (initial) {
            initialBudget = initialBudget.add(amount);
        }
        if (kind == ExpenseKind.PROJECT) {
            projectBudget = projectBudget.add(amount);
        } else if (kind == ExpenseKind.RUNNING) {
            publicBudget = publicBudget.add(amount);
        }
        if (threePublic) {
            threePublicBudget = threePublicBudget.add(amount);
        }
    }

    /** A payment, or a reversal of one (negative), with the classification of the line it draws on. */
    public void addSpending(BigDecimal amount, ExpenseKind kind, boolean threePublic) {
        spending = spending.add(amount);
        if (kind == ExpenseKind.PROJECT) {
            projectSpending = projectSpending.add(amount);
        } else if (kind == ExpenseKind.RUNNING) {
            publicSpending = publicSpending.add(amount);
        }
        if (threePublic) {
            threePublicSpending = threePublicSpending.add(amount);
        }
    }

    /** Keeps the latest snapshot of the year; an older one arriving late changes nothing. */
    public void recordAssets(LocalDate date, BigDecimal total, BigDecimal inUse) {
        if (assetsSnapshotDate == null || !date.isBefore(assetsSnapshotDate)) {
            assetsSnapshotDate = date;
            assetsTotal = total;
            assetsInUse = inUse;
        }
    }

    public void markApplied(long sequence, Instant at) {
        lastSequence = sequence;
        lastEventAt = at;
    }
}
