package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import jakarta.persistence.EntityManager;

/**
 * What one applying transaction changes besides positions: the agency-years' aggregates, loaded once and changed in
 * memory (written by Hibernate's batched flush), and the monthly spending, summed per month and written in one
 * statement at the end. Events cost constant work in memory; round trips are per transaction, not per event.
 */
final class UnitOfWork {

    private record Month(AgencyYear agencyYear, int month) {
    }

    private final EntityManager entityManager;
    private final Map<AgencyYear, LedgerAggregate> aggregates = new HashMap<>();
    private final Map<Month, BigDecimal> monthly = new LinkedHashMap<>();

    UnitOfWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Loads every aggregate of these agencies with one query. */
    void preload(Collection<String> agencyCodes) {
        LedgerAggregate.<LedgerAggregate>list("id.agencyCode in ?1", agencyCodes)
                .forEach(aggregate -> aggregates.put(aggregate.id, aggregate));
    }

    /**
     * The agency-year's aggregate, marked as changed by the event at {@code sequence}; created (and persisted, with
     * that mark, since Hibernate inserts the state it had when persisted) for the first event of that year.
     */
    LedgerAggregate aggregate(AgencyYear id, long sequence, Instant at) {
        LedgerAggregate aggregate = aggregates.computeIfAbsent(id, key -> LedgerAggregate.findById(key));
        if (aggregate == null) {
            aggregate = LedgerAggregate.of(id);
            aggregate.markApplied(sequence, at);
            aggregate.persist();
            aggregates.put(id, aggregate);
        }
        aggregate.markApplied(sequence, at);
        return aggregate;
    }

    void addMonthly(AgencyYear id, int month, BigDecimal amount) {
        monthly.merge(new Month(id, month), amount, BigDecimal::add);
    }

    /** Writes the monthly sums: one upsert for all of them. */
    void flush() {
        if (monthly.isEmpty()) {
            return;
        }
        int size = monthly.size();
        String[] agencies = new String[size];
        Integer[] years = new Integer[size];
        Integer[] months = new Integer[size];
        BigDecimal[] amounts = new BigDecimal[size];
        int i = 0;
        for (Map.Entry<Month, BigDecimal> entry : monthly.entrySet()) {
            agencies[i] = entry.getKey().agencyYear().agencyCode;
            years[i] = entry.getKey().agencyYear().fiscalYear;
            months[i] = entry.getKey().month();
            amounts[i] = entry.getValue();
            i++;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("insert into monthly_spending "
                    + "(agency_code, fiscal_year, month, amount) select * from unnest(?, ?, ?, ?) "
                    + "on conflict (agency_code, fiscal_year, month) "
                    + "do update set amount = monthly_spending.amount + excluded.amount")) {
                List<Array> arrays = List.of(connection.createArrayOf("varchar", agencies),
                        connection.createArrayOf("int4", years), connection.createArrayOf("int4", months),
                        connection.createArrayOf("numeric", amounts));
                for (int p = 0; p < arrays.size(); p++) {
                    upsert.setArray(p + 1, arrays.get(p));
                }
                upsert.executeUpdate();
            }
        });
        monthly.clear();
    }
}
