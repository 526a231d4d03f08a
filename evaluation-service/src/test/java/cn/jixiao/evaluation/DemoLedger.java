package cn.jixiao.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample department's ledger (deploy/demo/dabu-2023, budget-service's ingest payloads) turned into the events
 * budget-service publishes for it, in the order it would: agency, budget lines, payments, asset snapshots.
 */
final class DemoLedger {

    static final String AGENCY = "441422001";
    static final Path FIXTURE = Path.of("..", "deploy", "demo", "dabu-2023");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DemoLedger() {
    }

    static LedgerTopic events() {
        LedgerTopic ledger = new LedgerTopic(AGENCY);
        ledger.registered(read("agency.json").get("agencyName").asText());
        Map<String, JsonNode> lines = new HashMap<>();
        for (JsonNode line : read("budget-lines.json").get("items")) {
            lines.put(line.get("bgtId").asText(), line);
            String amount = line.get("amount").decimalValue().toPlainString();
            if (line.get("oriBgtId").isNull()) {
                ledger.budgetLine(line.get("bgtId").asText(), expenseKind(line), threePublicGroup(line), amount,
                        line.get("sourceTypeCode").asText().equals("1"));
            } else {
                ledger.adjustment(line.get("bgtId").asText(), line.get("oriBgtId").asText(), expenseKind(line),
                        threePublicGroup(line), amount);
            }
        }
        for (JsonNode payment : read("payments.json").get("items")) {
            JsonNode line = lines.get(payment.get("bgtId").asText());
            ledger.payment(payment.get("payAppId").asText(), expenseKind(line), threePublicGroup(line),
                    payment.get("xpayAmt").decimalValue().toPlainString(), payment.get("payDate").asText());
        }
        for (JsonNode snapshot : read("asset-snapshots.json").get("items")) {
            ledger.assets(snapshot.get("snapshotDate").asText(),
                    snapshot.get("totalOriginalValue").decimalValue().toPlainString(),
                    snapshot.get("inUseOriginalValue").decimalValue().toPlainString());
        }
        return ledger;
    }

    /**
     * The classification budget-service's events give the fixture's lines, for the fixture's codes only (the rules
     * are budget-service's {@code Classification}; its table test and DemoLedgerTest check the same outcome).
     */
    private static String expenseKind(JsonNode line) {
        return switch (line.get("proCatCode").asText().charAt(0)) {
            case '1' -> "personnel";
            case '2' -> "running";
            default -> "project";
        };
    }

    private static String threePublicGroup(JsonNode line) {
        return switch (line.get("depBgtEcoCode").asText()) {
            case "30217" -> "reception";
            case "30231" -> "vehicles";
            default -> null;
        };
    }

    static JsonNode read(String file) {
        try {
            return JSON.readTree(Files.readString(FIXTURE.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
