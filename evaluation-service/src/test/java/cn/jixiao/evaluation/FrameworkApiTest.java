package cn.jixiao.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** The finance bureau publishes frameworks as documents; malformed trees are refused, used versions are frozen. */
@QuarkusTest
class FrameworkApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMalformedTreeIsRefusedWithItsPathAndReason() throws IOException {
        ObjectNode document = defaultDocument("test-framework", "bad-1");
        ObjectNode first = (ObjectNode) document.withArray("indicators").get(0);
        first.put("weight", 25);
        ObjectNode leaf = firstLeaf(document);
        ((ObjectNode) leaf.get("rule")).put("kind", "proportional").put("measure", "happiness-index")
                .put("direction", "higher-better").put("target", 100);
        Api.bureau().body(document.toString()).put("/api/v1/frameworks/test-framework/versions/bad-1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", hasItem("WEIGHT_SUM"))
                .body("errors.code", hasItem("UNKNOWN_MEASURE"));
        ((ObjectNode) leaf.get("rule")).put("kind", "lottery");
        Api.bureau().body(document.toString()).put("/api/v1/frameworks/test-framework/versions/bad-1")
                .then().statusCode(422).body("errors.code", hasItem("UNKNOWN_RULE_KIND"));
        Api.bureau().get("/api/v1/frameworks/test-framework/versions/bad-1").then().statusCode(404);
    }

    @Test
    void aVersionIsStoredAssignedAndFrozenOnceUsed() throws IOException {
        String version = "t" + ThreadLocalRandom.current().nextInt(1_000_000);
        ObjectNode document = defaultDocument("test-framework", version);
        document.put("mofDivCode", "441488");
        String path = "/api/v1/frameworks/test-framework/versions/" + version;
        Api.bureau().body(document.toString()).put(path).then().statusCode(201);
        Api.bureau().body(document.toString()).put(path).then().statusCode(200);
        Api.department("441422001").body(document.toString()).put(path).then().statusCode(403);
        Api.bureau().body("{\"frameworkId\":\"test-framework\",\"version\":\"" + version + "\"}")
                .put("/api/v1/frameworks/assignments/441488/2023").then().statusCode(204);

        String agency = "F" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LedgerTopic ledger = new LedgerTopic(agency).registered("框架测试单位", "441488")
                .budgetLine(agency + "-L1", "running", null, "1000.00");
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, 2);
        Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .body("frameworkId", equalTo("test-framework")).body("frameworkVersion", equalTo(version));

        Api.bureau().body(document.toString()).put(path).then().statusCode(409)
                .body("errors[0].code", equalTo("IMMUTABLE"));

        Api.bureau().body("{\"frameworkId\":\"county-department-overall\",\"version\":\"2023.1\"}")
                .put("/api/v1/frameworks/assignments/441488/2023").then().statusCode(204);
        Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .body("frameworkId", equalTo("county-department-overall"));
    }

    @Test
    void measuresDefinedAsExpressionsAreValidatedAndScoredFromTheLedger() throws IOException {
        String version = "t" + ThreadLocalRandom.current().nextInt(1_000_000);
        ObjectNode document = document("frameworks/department-overall-input-process-output-outcome.json",
                "test-expressions", version);
        ObjectNode broken = document.deepCopy();
        ArrayNode measures = broken.withArray("measures");
        ((ObjectNode) measures.get(0)).put("expression", "actualStaff / headcount * 100");
        ((ObjectNode) measures.get(1)).put("expression", "threePublicBudget / (1 - 1)");
        ((ObjectNode) measures.get(3)).put("expression", "adjustedBudget - lastYearCarryOver");
        ((ObjectNode) measures.get(4)).put("expression", "carryOver - 1");
        String path = "/api/v1/frameworks/test-expressions/versions/" + version;
        Api.bureau().body(broken.toString()).put(path).then().statusCode(422)
                .body("errors.field", hasItem("measures[0].expression"))
                .body("errors.code", hasItem("UNKNOWN_QUANTITY"))
                .body("errors.message", hasItem("表达式“actualStaff / headcount * 100”中的“headcount”不是已知的数量或计量指标"))
                .body("errors.code", hasItem("DIVISION_BY_ZERO"))
                .body("errors.message", hasItem("计量指标之间循环引用：carryOver → lastYearCarryOver → carryOver"));

        Api.bureau().body(document.toString()).put(path).then().statusCode(201);
        Api.bureau().body("{\"frameworkId\":\"test-expressions\",\"version\":\"" + version + "\"}")
                .put("/api/v1/frameworks/assignments/441489/2023").then().statusCode(204);
        String agency = "X" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LedgerTopic ledger = new LedgerTopic(agency).registered("表达式测试单位", "441489")
                .budgetLine(agency + "-L1", "running", null, "1000.00")
                .budgetLine(agency + "-L2", "running", null, "80.00", false);
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, 3);
        // 实有 9 ÷ 编制 10 = 90%: full 5; 追加 80 ÷ 年初 1000 = 8%: the (0, 10] step, 4
        Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .body("frameworkId", equalTo("test-expressions"))
                .body("indicators.name", equalTo(java.util.List.of("投入", "过程", "产出", "效益")))
                .body("indicators[0].children[0].children[0].value", equalTo(90.0f))
                .body("indicators[0].children[0].children[0].score", equalTo(5.0f))
                .body("indicators[1].children[0].children[1].value", equalTo(8.0f))
                .body("indicators[1].children[0].children[1].score", equalTo(4.0f));
    }

    @Test
    void aDraftIsPreviewedAgainstAnAgencysDataWithoutStoringAnything() throws IOException {
        String agency = "P" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LedgerTopic ledger = new LedgerTopic(agency).registered("试评分单位", "441490")
                .budgetLine(agency + "-L1", "running", null, "1000.00")
                .budgetLine(agency + "-L2", "running", null, "80.00", false);
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, 3);
        String scored = Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .extract().path("frameworkId");

        String version = "p" + ThreadLocalRandom.current().nextInt(1_000_000);
        ObjectNode draft = document("frameworks/department-overall-input-process-output-outcome.json",
                "test-preview", version);
        String preview = "/api/v1/frameworks/preview?agencyCode=" + agency + "&fiscalYear=2023";
        // the same figures as the stored and assigned example above: 实有 9 ÷ 编制 10 → 5; 追加 8% → 4
        Api.bureau().body(draft.toString()).post(preview).then().statusCode(200)
                .body("frameworkId", equalTo("test-preview"))
                .body("agencyCode", equalTo(agency))
                .body("indicators[0].children[0].children[0].score", equalTo(5.0f))
                .body("indicators[1].children[0].children[1].score", equalTo(4.0f));

        Api.bureau().get("/api/v1/frameworks/test-preview/versions/" + version).then().statusCode(404);
        Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .body("frameworkId", equalTo(scored));

        ObjectNode broken = draft.deepCopy();
        ((ObjectNode) broken.withArray("measures").get(0)).put("expression", "actualStaff / headcount * 100");
        Api.bureau().body(broken.toString()).post(preview).then().statusCode(422)
                .body("errors.field", hasItem("measures[0].expression"));
        Api.bureau().body(draft.toString()).post("/api/v1/frameworks/preview?agencyCode=NOLEDGER1&fiscalYear=2023")
                .then().statusCode(404).body("type", equalTo("urn:jixiao:problem:not-found"));
        Api.bureau().body(draft.toString()).post("/api/v1/frameworks/preview?agencyCode=" + agency)
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        Api.department(agency).body(draft.toString()).post(preview).then().statusCode(403);
    }

    private static ObjectNode defaultDocument(String id, String version) throws IOException {
        return document("frameworks/county-department-overall-default.json", id, version);
    }

    private static ObjectNode document(String resource, String id, String version) throws IOException {
        try (InputStream in = FrameworkApiTest.class.getClassLoader().getResourceAsStream(resource)) {
            ObjectNode document = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return document.put("id", id).put("version", version);
        }
    }

    private static ObjectNode firstLeaf(ObjectNode document) {
        ObjectNode node = (ObjectNode) document.withArray("indicators").get(0);
        while (node.has("children") && node.get("children") instanceof ArrayNode children && !children.isEmpty()) {
            node = (ObjectNode) children.get(0);
        }
        return node;
    }
}
