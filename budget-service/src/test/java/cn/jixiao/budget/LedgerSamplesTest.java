package cn.jixiao.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonSchemas;

/** The committed samples conform to the schema, and the schema refuses what budget-service never emits. */
class LedgerSamplesTest {

    @Test
    void everyRecordedSampleConformsToTheSchema() {
        for (String type : LedgerContractTest.schemaTypes()) {
            JsonNode sample = sample(type);
            assertEquals(type, sample.get("type").asText());
            assertEquals(List.of(), JsonSchemas.violations(LedgerTopic.ENVELOPE_SCHEMA, sample), type);
        }
    }

    @Test
    void theSchemaRefusesWhatBudgetServiceNeverEmits() {
        refused("PaymentRecorded", e -> data(e).put("xpayAmt", new BigDecimal("10.005")));
        refused("PaymentRecorded", e -> data(e).put("xpayAmt", "10.00"));
        refused("PaymentRecorded", e -> data(e).put("xpayAmt", new BigDecimal("-10.00")));
        refused("PaymentReversed", e -> data(e).put("oriPayAppId", (String) null));
        refused("PaymentRecorded", e -> data(e).put("unknownField", "x"));
        refused("PaymentRecorded", e -> data(e).remove("contractNo"));
        refused("BudgetLineAdjusted", e -> data(e).put("amount", new BigDecimal("0.00")));
        refused("BudgetLineRecorded", e -> data(e).put("depBgtEcoCode", "3021"));
        refused("BudgetLineRecorded", e -> data(e).put("docDate", "2023-02-30"));
        refused("BudgetLineRecorded", e -> data(e).put("expenseKind", "basic"));
        refused("BudgetLineRecorded", e -> data(e).remove("initialBudget"));
        refused("BudgetLineAdjusted", e -> data(e).put("initialBudget", true));
        refused("PaymentRecorded", e -> data(e).put("threePublicGroup", "meetings"));
        refused("AgencyRegistered", e -> e.put("fiscalYear", 2023));
        refused("AgencyUpdated", e -> data(e).put("actualStaff", -1));
        refused("AssetSnapshotRecorded", e -> e.put("eventId", "not-a-uuid"));
        refused("AssetSnapshotRecorded", e -> e.put("occurredAt", "2025-11-28 03:40:17"));
        refused("AssetSnapshotRecorded", e -> e.put("type", "AssetSnapshotChanged"));
        refused("AssetSnapshotRecorded", e -> e.put("headers", "x"));
    }

    private static void refused(String type, Consumer<ObjectNode> change) {
        ObjectNode event = sample(type).deepCopy();
        change.accept(event);
        assertFalse(JsonSchemas.violations(LedgerTopic.ENVELOPE_SCHEMA, event).isEmpty(), "accepted: " + event);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static JsonNode sample(String type) {
        return ContractFiles.read(LedgerContractTest.SAMPLES + type + ".json");
    }
}
