package cn.jixiao.budget;

import static cn.jixiao.budget.Api.adjustment;
import static cn.jixiao.budget.Api.batch;
import static cn.jixiao.budget.Api.financeSystem;
import static cn.jixiao.budget.Api.line;
import static cn.jixiao.budget.Api.payment;
import static cn.jixiao.budget.Api.reversal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.budget.event.EventType;
import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonShape;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every event type of budget.ledger.v1, driven through the API, conforms to the JSON Schema (checked by
 * {@link LedgerTopic} on reading) and has the shape of its recorded sample in docs/contracts/samples, which
 * {@code -Djixiao.contracts.record=true} rewrites from these events.
 */
@QuarkusTest
class LedgerContractTest {

    static final String SAMPLES = "samples/budget.ledger.v1/";
    /** A fixed code (the test database is new in every test JVM), so that re-recording changes only ids and times. */
    private static final String SAMPLE_AGENCY = "441422801";

    @Test
    void everyEventTypeConformsToTheSchemaAndToItsRecordedSample() {
        String agency = SAMPLE_AGENCY;
        Api.registerAgency(agency);
        financeSystem().body(Map.of("agencyName", "测试单位" + agency, "mofDivCode", "441422",
                "authorizedStaff", 10, "actualStaff", 10)).put("/api/v1/agencies/" + agency)
                .then().statusCode(200);
        Map<String, Object> project = line(agency + "-L1", agency, "98000.00");
        project.put("proCatCode", "3");
        project.put("proCode", "441422231000000002");
        project.put("proName", "县人民政府网站运行维护费");
        financeSystem().body(batch(List.of(project, adjustment(agency + "-A1", project, "-28000.00"))))
                .post("/api/v1/budget-lines/batch").then().statusCode(200);
        Map<String, Object> paid = payment(agency + "-P1", agency + "-L1", agency, "8931.46", "2023-06-27");
        paid.put("contractNo", "DBRM-HT-2023-002");
        financeSystem().body(batch(List.of(paid, reversal(agency + "-R1", paid, "-2808.59", "2023-07-03"))))
                .post("/api/v1/payments/batch").then().statusCode(200);
        financeSystem().body(Map.of("agencyCode", agency, "snapshotDate", "2023-12-31",
                "totalOriginalValue", 21566874.56, "inUseOriginalValue", 21566874.56))
                .post("/api/v1/asset-snapshots").then().statusCode(201);

        List<JsonNode> events = LedgerTopic.eventsOf(agency, 7);

        Set<String> emitted = events.stream().map(event -> event.get("type").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(eventTypes(), emitted, "one event of every type in event.EventType");
        assertEquals(eventTypes(), schemaTypes(), "the schema names every type in event.EventType");
        events.forEach(event -> JsonShape.assertMatchesSample(SAMPLES + event.get("type").asText() + ".json", event));
    }

    /** The sample department's whole ledger (deploy/demo), under an agency code of its own, conforms too. */
    @Test
    void theDemoLedgersEventsConformToTheSchema() throws IOException {
        String agency = Api.newAgencyCode();
        financeSystem().body(demo("agency.json", agency)).put("/api/v1/agencies/" + agency).then().statusCode(201);
        financeSystem().body(demo("budget-lines.json", agency)).post("/api/v1/budget-lines/batch")
                .then().statusCode(200);
        financeSystem().body(demo("payments.json", agency)).post("/api/v1/payments/batch").then().statusCode(200);
        financeSystem().body(demo("asset-snapshots.json", agency)).post("/api/v1/asset-snapshots/batch")
                .then().statusCode(200);

        assertEquals(1 + 37 + 1208 + 2, LedgerTopic.eventsOf(agency, 1248).size());
    }

    /** A demo payload moved to another agency: its code, and so its line ids, and its payment ids (unique keys). */
    private static String demo(String file, String agency) throws IOException {
        return Files.readString(DemoLedgerTest.FIXTURE.resolve(file)).replace(DemoLedgerTest.AGENCY, agency)
                .replace("ZF2023-", agency + "-ZF2023-");
    }

    static Set<String> eventTypes() {
        return Arrays.stream(EventType.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(LedgerContractTest::constant)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> schemaTypes() {
        Set<String> types = new TreeSet<>();
        ContractFiles.read(LedgerTopic.ENVELOPE_SCHEMA).at("/properties/type/enum")
                .forEach(type -> types.add(type.asText()));
        return types;
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
