package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.hibernate.Session;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.ExpenseKind;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import jakarta.persistence.EntityManager;

/**
 * What one applying transaction changes besides positions: the agency-years' aggregates, loaded once and changed in
 * memory (written by Hibernate's batched flush), and the monthly spending and ledger facts, summed per key in memory
 * and written with one upsert each at the end. Events cost constant work in memory; round trips are per transaction,
 * not per event.
 */
final class UnitOfWork {

    private record Month(AgencyYear agencyYear, int month) {
    }

    /**
     * The key of a ledger fact (see {@code cn.jixiao.evaluation.scoring.LedgerFact}): flow {@code B} budget or
     * {@code S} spending; a missing code is kept as an empty string, since every column is part of the key.
     */
    record Fact(AgencyYear agencyYear, char flow, boolean initialBudget, ExpenseKind kind, String sourceType,
            String economicCode, String functionCode, String projectCode, int month) {

        Fact {
            sourceType = orEmpty(sourceType);
            economicCode = orEmpty(economicCode);
            functionCode = orEmpty(functionCode);
            projectCode = orEmpty(projectCode);
        }

        private static String orEmpty(String code) {
            return code == null ? "" : code;
        }
    }

    private final EntityManager entityManager;
    private final Map<AgencyYear, LedgerAggregate> aggregates = new HashMap<>();
    private final Map<Month, BigDecimal> monthly = new LinkedHashMap<>();
    private final Map<Fact, BigDecimal> facts = new LinkedHashMap<>();

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

    void addFact(Fact fact, BigDecimal amount) {
        facts.merge(fact, amount, BigDecimal::add);
    }

    /** Writes the monthly sums and the facts: one upsert for each. */
    void flush() {
        if (!monthly.isEmpty()) {
            upsert("insert into monthly_spending (agency_code, fiscal_year, month, amount) "
                    + "select * from unnest(?, ?, ?, ?) on conflict (agency_code, fiscal_year, month) "
                    + "do update set amount = monthly_spending.amount + excluded.amount", List.of(
                    column(monthly, "varchar", new String[0], (key, sum) -> key.agencyYear().agencyCode),
                    column(monthly, "int4", new Integer[0], (key, sum) -> key.agencyYear().fiscalYear),
                    column(monthly, "int4", new Integer[0], (key, sum) -> key.month()),
                    column(monthly, "numeric", new BigDecimal[0], (key, sum) -> sum)));
            monthly.clear();
        }
        if (!facts.isEmpty()) {
            upsert("insert into ledger_fact (agency_code, fiscal_year, flow, initial_budget, expense_kind, "
                    + "source_type, economic_code, function_code, project_code, month, amount) "
                    + "select * from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (agency_code, fiscal_year, "
                    + "flow, initial_budget, expense_kind, source_type, economic_code, function_code, project_code, "
                    + "month) do update set amount = ledger_fact.amount + excluded.amount", List.of(
                    column(facts, "varchar", new String[0], (key, sum) -> key.agencyYear().agencyCode),
                    column(facts, "int4", new Integer[0], (key, sum) -> key.agencyYear().fiscalYear),
                    column(facts, "bpchar", new String[0], (key, sum) -> String.valueOf(key.flow())),
                    column(facts, "bool", new Boolean[0], (key, sum) -> key.initialBudget()),
                    column(facts, "varchar", new String[0], (key, sum) -> key.kind().name().toLowerCase(Locale.ROOT)),
                    column(facts, "varchar", new String[0], (key, sum) -> key.sourceType()),
                    column(facts, "varchar", new String[0], (key, sum) -> key.economicCode()),
                    column(facts, "varchar", new String[0], (key, sum) -> key.functionCode()),
                    column(facts, "varchar", new String[0], (key, sum) -> key.projectCode()),
                    column(facts, "int2", new Short[0], (key, sum) -> (short) key.month()),
                    column(facts, "numeric", new BigDecimal[0], (key, sum) -> sum)));
            facts.clear();
        }
    }

    /** One column of an upsert: an SQL element type and the values, in the map's order. */
    private record Column(String type, Object[] values) {
    }

    private static <K, T> Column column(Map<K, BigDecimal> sums, String type, T[] empty,
            BiFunction<K, BigDecimal, T> value) {
        T[] values = Arrays.copyOf(empty, sums.size());
        int i = 0;
        for (Map.Entry<K, BigDecimal> entry : sums.entrySet()) {
            values[i++] = value.apply(entry.getKey(), entry.getValue());
        }
        return new Column(type, values);
    }

    /** Runs an {@code insert … select * from unnest(…)} with one array parameter per column. */
    private void upsert(String sql, List<Column> columns) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                for (int p = 0; p < columns.size(); p++) {
                    Array array = connection.createArrayOf(columns.get(p).type(), columns.get(p).values());
                    upsert.setArray(p + 1, array);
                }
                upsert.executeUpdate();
            }
        });
    }
}
