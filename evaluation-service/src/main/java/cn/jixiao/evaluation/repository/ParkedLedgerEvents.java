package cn.jixiao.evaluation.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ledger records of quarantined agencies, kept as received until their agency is released. */
@ApplicationScoped
public class ParkedLedgerEvents {

    /** One parked record: its agency sequence and the record's value as it came from the topic. */
    public record Parked(long sequence, String payload) {
    }

    private final EntityManager entityManager;

    ParkedLedgerEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps the record; a redelivery of a parked sequence changes nothing. */
    public void park(String agencyCode, long sequence, UUID eventId, String payload) {
        entityManager.createNativeQuery("insert into parked_ledger_event (agency_code, sequence, event_id, payload) "
                        + "values (?1, ?2, ?3, ?4) on conflict (agency_code, sequence) do nothing")
                .setParameter(1, agencyCode)
                .setParameter(2, sequence)
                .setParameter(3, eventId)
                .setParameter(4, payload)
                .executeUpdate();
    }

    public Optional<Parked> first(String agencyCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select sequence, payload from parked_ledger_event "
                        + "where agency_code = ?1 order by sequence limit 1")
                .setParameter(1, agencyCode)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Parked(((Number) row[0]).longValue(), (String) row[1]));
    }

    public Optional<Parked> at(String agencyCode, long sequence) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select sequence, payload from parked_ledger_event "
                        + "where agency_code = ?1 and sequence = ?2")
                .setParameter(1, agencyCode)
                .setParameter(2, sequence)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Parked(((Number) row[0]).longValue(), (String) row[1]));
    }

    public void remove(String agencyCode, long sequence) {
        entityManager.createNativeQuery("delete from parked_ledger_event where agency_code = ?1 and sequence = ?2")
                .setParameter(1, agencyCode)
                .setParameter(2, sequence)
                .executeUpdate();
    }

    public long count(String agencyCode) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from parked_ledger_event where agency_code = ?1")
                .setParameter(1, agencyCode)
                .getSingleResult()).longValue();
    }
}
