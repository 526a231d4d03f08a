package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.repository.ExpenseKind;
import jakarta.enterprise.context.ApplicationScoped;

/** Parses and checks ledger records; anything malformed is a {@link PoisonEvent}. */
@ApplicationScoped
public class LedgerEventReader {

    private final ObjectMapper json;

    LedgerEventReader(ObjectMapper json) {
        this.json = json.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public LedgerEnvelope envelope(String value) {
        LedgerEnvelope envelope;
        try {
            envelope = json.readValue(value, LedgerEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEvent("not a ledger envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.eventId() == null || envelope.type() == null || envelope.agencyCode() == null
                || envelope.sequence() < 1 || envelope.occurredAt() == null || envelope.data() == null) {
            throw new PoisonEvent("envelope lacks eventId, type, occurredAt, agencyCode, sequence or data");
        }
        return envelope;
    }

    /** The envelope, or null when the record is not one (nothing to skip past). */
    LedgerEnvelope envelopeOrNull(String value) {
        try {
            return envelope(value);
        } catch (PoisonEvent e) {
            return null;
        }
    }

    <T> T data(LedgerEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEvent(envelope.type() + " data unreadable: " + e.getMessage(), e);
        }
    }

    static void requirePresent(Object value, String what) {
        if (value == null) {
            throw new PoisonEvent("missing " + what);
        }
    }

    /**
     * budget-service's expense kind of a line or payment. Required (docs/decisions.md): an event without it, or with
     * a kind this version does not know, cannot be summed, so it is poison.
     */
    static ExpenseKind requireExpenseKind(String value) {
        requirePresent(value, "expenseKind");
        for (ExpenseKind kind : ExpenseKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
                return kind;
            }
        }
        throw new PoisonEvent("unknown expenseKind: " + value);
    }

    /** The amount in 元 with exactly two decimals (the aggregates' columns keep whatever scale they are given). */
    static BigDecimal requireMoney(BigDecimal value, String what) {
        requirePresent(value, what);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new PoisonEvent(what + " has more than two decimals: " + value.toPlainString());
        }
        return value.setScale(2);
    }
}
