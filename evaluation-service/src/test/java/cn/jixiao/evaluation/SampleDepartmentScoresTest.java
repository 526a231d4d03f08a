package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The sample department end to end: its 2023 ledger arrives as budget.ledger.v1 events on the real broker (twice),
 * the department enters its self-assessments and inputs through the API, and the scores are the sample report's.
 */
@QuarkusTest
class SampleDepartmentScoresTest {

    private static final String BASE = "/api/v1/agencies/" + DemoLedger.AGENCY + "/years/2023";

    @Test
    void theSampleDepartmentScoresNinetyWithGradeExcellent() {
        LedgerTopic ledger = DemoLedger.events();
        ledger.publish(ledger.events());
        ledger.publish(ledger.events());
        int events = ledger.events().size();
        LedgerConsumptionTest.awaitSequence(DemoLedger.AGENCY, events);

        JsonNode assessments = DemoLedger.read("self-assessments.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = assessments.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Api.department(DemoLedger.AGENCY).body(Map.of(
                            "level", entry.getValue().get("level").asText(),
                            "score", entry.getValue().get("score").decimalValue(),
                            "reason", entry.getValue().get("reason").asText(),
                            "evidence", List.of(Map.of("title", "自评佐证材料", "reference", "大埔县融媒体中心 2023 年度资料"))))
                    .put(BASE + "/self-assessments/" + entry.getKey())
                    .then().statusCode(200);
        }
        Api.department(DemoLedger.AGENCY).body(DemoLedger.read("department-inputs.json").toString())
                .put(BASE + "/department-inputs").then().statusCode(200);
        Api.department(DemoLedger.AGENCY).body(DemoLedger.read("performance-targets.json").toString())
                .put(BASE + "/performance-targets").then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "90.00".equals(scores().getString("total")));
        JsonPath scores = scores();
        assertEquals("优", scores.getString("grade"));
        assertEquals(events, scores.getInt("asOf.ledgerSequence"));
        assertEquals(new BigDecimal("95.33"), leaf(scores, "2.1.1", "value"));
        assertEquals(new BigDecimal("9.53"), leaf(scores, "2.1.1", "score"));
        assertEquals(new BigDecimal("100.00"), leaf(scores, "2.3.1", "value"));
        assertEquals(new BigDecimal("100.00"), leaf(scores, "3.1.2", "value"));
        assertEquals(new BigDecimal("100.00"), leaf(scores, "2.5.6", "value"));

        List<Map<String, Object>> overview = JsonPath.from(Api.bureau().get("/api/v1/years/2023/scores?mofDivCode=441422")
                .then().statusCode(200).extract().asString()).getList("$");
        assertEquals(1, overview.stream().filter(row -> DemoLedger.AGENCY.equals(row.get("agencyCode"))).count());
    }

    private static JsonPath scores() {
        return JsonPath.from(Api.department(DemoLedger.AGENCY).get(BASE + "/scores")
                        .then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** A leaf of the tree by its code (codes like 2.1.1 sit three levels down). */
    private static BigDecimal leaf(JsonPath scores, String code, String field) {
        String[] parts = code.split("\\.");
        String path = "indicators.find { it.code == '" + parts[0] + "' }.children.find { it.code == '" + parts[0] + "."
                + parts[1] + "' }.children.find { it.code == '" + code + "' }." + field;
        return new BigDecimal(scores.getString(path)).setScale(2);
    }
}
