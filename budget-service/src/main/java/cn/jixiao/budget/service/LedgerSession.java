package cn.jixiao.budget.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jixiao.budget.event.LedgerEnvelope;
import cn.jixiao.budget.repository.Agency;

/**
 * One ingest transaction's view of the ledger: it write-locks the agencies the request touches (so each agency's
 * changes are serialised and numbered without gaps) and collects the events to write to the outbox.
 */
final class LedgerSession {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Map<String, Agency> agencies;
    private final List<LedgerEnvelope> events = new ArrayList<>();

    private LedgerSession(Map<String, Agency> agencies) {
        this.agencies = agencies;
    }

    /** Locks the agencies with these codes; malformed codes are skipped (validation refuses them). */
    static LedgerSession lock(Collection<String> agencyCodes) {
        List<String> codes = agencyCodes.stream().filter(code -> FieldRules.wellFormed(FieldRules.AGENCY_CODE, code))
                .distinct().toList();
        return new LedgerSession(Agency.lockAll(codes).stream()
                .collect(Collectors.toMap(agency -> agency.agencyCode, Function.identity())));
    }

    /** The locked agency, or null when no agency has that code. */
    Agency agency(String code) {
        return code == null ? null : agencies.get(code);
    }

    void register(Agency agency) {
        agencies.put(agency.agencyCode, agency);
    }

    Instant now() {
        return now;
    }

    /** Numbers a change of the agency and queues its event; returns the agency sequence given to it. */
    long record(Agency agency, String type, Integer fiscalYear, Object data) {
        long sequence = agency.nextSequence(now);
        events.add(new LedgerEnvelope(UUID.randomUUID(), type, now, agency.agencyCode, fiscalYear, sequence, data));
        return sequence;
    }

    List<LedgerEnvelope> events() {
        return events;
    }
}
