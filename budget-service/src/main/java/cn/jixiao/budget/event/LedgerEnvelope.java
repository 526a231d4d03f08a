package cn.jixiao.budget.event;

import java.time.Instant;
import java.util.UUID;

/**
 * The value of every record on topic {@code budget.ledger.v1} (key: {@code agencyCode}). {@code sequence} counts the
 * agency's ledger changes from 1 without gaps; {@code fiscalYear} is null for agency events. See docs/events.md.
 */
public record LedgerEnvelope(
        UUID eventId,
        String type,
        Instant occurredAt,
        String agencyCode,
        Integer fiscalYear,
        long sequence,
        Object data) {
}
