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

    private static ObjectNode defaultDocument(String id, String version) throws IOException {
        try (InputStream in = FrameworkApiTest.class.getClassLoader()
                .getResourceAsStream("frameworks/county-department-overall-default.json")) {
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
