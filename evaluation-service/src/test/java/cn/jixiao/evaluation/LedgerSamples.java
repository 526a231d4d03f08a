package cn.jixiao.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonSchemas;

/**
 * Ledger envelopes made from the samples budget-service's tests recorded (docs/contracts/samples/budget.ledger.v1),
 * so that these tests consume what budget-service emits rather than what they assume it emits.
 */
final class LedgerSamples {

    private static final String SAMPLES = "samples/budget.ledger.v1/";
    private static final String SCHEMA = "budget.ledger.v1/envelope.schema.json";
    private static final ObjectMapper JSON = ContractFiles.mapper();

    private LedgerSamples() {
    }

    /**
     * The recorded sample of the type with a new eventId and occurredAt, the given agency wherever the sample's agency
     * code appears (so that ids like {@code bgtId} follow), the given fiscal year and sequence, and the given data
     * fields. It must still conform to the schema: a test cannot send what budget-service never would.
     */
    static ObjectNode envelope(String type, String agencyCode, Integer fiscalYear, long sequence,
            Map<String, Object> data) {
        String sample = ContractFiles.text(SAMPLES + type + ".json");
        String recordedAgency = ContractFiles.parse(sample).get("agencyCode").asText();
        ObjectNode envelope = (ObjectNode) ContractFiles.parse(sample.replace(recordedAgency, agencyCode));
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("sequence", sequence);
        envelope.set("fiscalYear", JSON.valueToTree(fiscalYear));
        ObjectNode body = (ObjectNode) envelope.get("data");
        if (body.has("fiscalYear")) {
            body.set("fiscalYear", JSON.valueToTree(fiscalYear));
        }
        data.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
        JsonSchemas.assertValid(SCHEMA, envelope);
        return envelope;
    }

    /** A copy of the envelope without the given data fields: an event broken on purpose. */
    static ObjectNode without(ObjectNode envelope, String... fields) {
        ObjectNode broken = envelope.deepCopy();
        ((ObjectNode) broken.get("data")).remove(List.of(fields));
        return broken;
    }

    static String json(ObjectNode envelope) {
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
