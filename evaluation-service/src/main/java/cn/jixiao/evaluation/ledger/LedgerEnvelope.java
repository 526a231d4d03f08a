package cn.jixiao.evaluation.ledger;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A record of budget.ledger.v1 as evaluation-service reads it (contract: docs/events.md). */
public record LedgerEnvelope(UUID eventId, String type, Instant occurredAt, String agencyCode, Integer fiscalYear,
        long sequence, JsonNode data) {
}
