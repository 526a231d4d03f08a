package cn.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.HostileValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Occurrence counts, one-of choices and department-defined slots through the API, on the real broker and database:
 * who may enter what, what is refused (with nothing stored), and that each accepted entry rescores the agency-year at
 * once and writes its score change to the outbox.
 */
@QuarkusTest
class FrameworkInputsTest {

    private static final String REGION = "46" + ThreadLocalRandom.current().nextInt(1000, 9999);
    private static final String VERSION = "t" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static final String JSON_UTF8 = "application/json; charset=UTF-8";
    /**
     * 100 points: 1.1 per-occurrence (10, 2 per case), 1.2 one-of (20) of 支出完成率 and 结转结余率, 1.3 qualitative
     * (10); 2.1 a slot of 1 to 3 产出/效益 indicators (40), 2.2 satisfaction (20).
     */
    private static final String FRAMEWORK = """
            { "id": "test-inputs", "version": "%s", "name": "填报测试指标体系", "mofDivCode": "%s", "fiscalYear": 2023,
              "grades": [ { "grade": "优", "minScore": 90 }, { "grade": "良", "minScore": 80 },
                          { "grade": "中", "minScore": 60 }, { "grade": "差", "minScore": 0 } ],
              "indicators": [
                { "code": "1", "name": "预算管理", "weight": 40, "children": [
                  { "code": "1.1", "name": "资金使用合规性", "weight": 10,
                    "rule": { "kind": "per-occurrence", "occurrence": "违规使用资金的情形", "pointsPerOccurrence": 2 } },
                  { "code": "1.2", "name": "支出完成率或结转结余率", "weight": 20,
                    "rule": { "kind": "one-of", "alternatives": [
                      { "name": "支出完成率", "rule": { "kind": "proportional", "measure": "execution-rate",
                                                      "direction": "higher-better", "target": 100 } },
                      { "name": "结转结余率", "rule": { "kind": "deduction", "measure": "carry-over-rate",
                                                      "direction": "at-most", "threshold": 5, "pointsPerPercent": 1 } } ] } },
                  { "code": "1.3", "name": "财务管理合规性", "weight": 10, "rule": { "kind": "qualitative" } } ] },
                { "code": "2", "name": "履职效能", "weight": 60, "children": [
                  { "code": "2.1", "name": "部门特性指标", "weight": 40,
                    "slot": { "minChildren": 1, "maxChildren": 3, "categories": [ "产出", "效益" ] } },
                  { "code": "2.2", "name": "满意度", "weight": 20,
                    "rule": { "kind": "bands", "measure": "satisfaction-rate", "bands": [ { "min": 90, "fraction": 1 } ] } } ] } ] }
            """.formatted(VERSION, REGION);
    private static boolean assigned;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void assignTheFramework() {
        if (!assigned) {
            Api.bureau().body(FRAMEWORK).put("/api/v1/frameworks/test-inputs/versions/" + VERSION).then().statusCode(201);
            Api.bureau().body(Map.of("frameworkId", "test-inputs", "version", VERSION))
                    .put("/api/v1/frameworks/assignments/" + REGION + "/2023").then().statusCode(204);
            assigned = true;
        }
    }

    @Test
    void occurrenceCountsAreEnteredByTheDepartmentOrTheBureauAndRescoreAtOnce() {
        String agency = agency();
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        long events = outboxRows(agency);

        Api.department(agency).body(Map.of("count", 2, "evidence", "审计发现两笔超范围支出"))
                .put(base + "/occurrences/1.1").then().statusCode(200)
                .body("count", equalTo(2)).body("enteredAs", equalTo("department"))
                .body("enteredBy", equalTo("department:" + agency)).body("history.size()", equalTo(1));
        // 10 − 2 × 2 = 6
        leaf(agency, 0, 0).body("score", equalTo(6.0f)).body("status", equalTo("SCORED"))
                .body("explanation", equalTo("违规使用资金的情形 2 例，每例扣 2 分，扣 4.00 分，得 6.00 分（满分 10 分）"));
        assertEquals(events + 1, outboxRows(agency), "the rescored total is published through the outbox");

        Api.bureau().body(Map.of("count", 6, "evidence", "财政检查核定六例"))
                .put(base + "/occurrences/1.1").then().statusCode(200)
                .body("enteredAs", equalTo("finance-bureau")).body("enteredBy", equalTo("finance-bureau"))
                .body("history.changedAs", equalTo(List.of("department", "finance-bureau")))
                .body("history.value", equalTo(List.of("2", "6")));
        // 10 − 6 × 2 < 0: nothing left
        leaf(agency, 0, 0).body("score", equalTo(0.0f));
        Api.department(agency).get(base + "/occurrences").then().statusCode(200)
                .body("[0].indicatorCode", equalTo("1.1")).body("[0].count", equalTo(6))
                .body("[0].evidence", equalTo("财政检查核定六例"));
    }

    @Test
    void occurrenceCountsAreRefusedForTheWrongCallerOrIndicatorAndNothingIsStored() {
        String agency = agency();
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        Map<String, Object> valid = Map.of("count", 1, "evidence", "一例");
        Api.department("441422777").body(valid).put(base + "/occurrences/1.1").then().statusCode(403)
                .contentType("application/problem+json");
        Api.department("441422777").get(base + "/occurrences").then().statusCode(403);
        given().auth().oauth2(DevTokens.mint("finance-system", null)).contentType(JSON_UTF8).body("{\"count\":1}")
                .put(base + "/occurrences/1.1").then().statusCode(403);
        given().contentType(JSON_UTF8).body("{\"count\":1}").put(base + "/occurrences/1.1").then().statusCode(401);
        refused(agency, "/occurrences/9.9", "{\"count\":1,\"evidence\":\"x\"}", 422, "indicatorCode", "UNKNOWN_INDICATOR");
        refused(agency, "/occurrences/1.3", "{\"count\":1,\"evidence\":\"x\"}", 422, "indicatorCode", "NOT_PER_OCCURRENCE");
        refused(agency, "/occurrences/1.1", "{\"count\":-1,\"evidence\":\"x\"}", 422, "count", "OUT_OF_RANGE");
        refused(agency, "/occurrences/1.1", "{\"count\":1001,\"evidence\":\"x\"}", 422, "count", "OUT_OF_RANGE");
        refused(agency, "/occurrences/1.1", "{\"count\":\"2\",\"evidence\":\"x\"}", 400, "count", "INVALID_TYPE");
        refused(agency, "/occurrences/1.1", "{\"count\":2.5,\"evidence\":\"x\"}", 400, "count", "INVALID_TYPE");
        refused(agency, "/occurrences/1.1", "{\"count\":1,\"evidence\":\" \"}", 422, "evidence", "REQUIRED");
        refused(agency, "/occurrences/1.1", "{\"count\":1,\"evidence\":\"" + "长".repeat(4001) + "\"}", 422, "evidence",
                "TOO_LONG");
        refused(agency, "/occurrences/1.1", "{\"count\":1,\"evidence\":\"a\\u0001b\"}", 400, "evidence",
                "INVALID_CHARACTER");
        refused(agency, "/occurrences/1.1", "{\"count\":1,\"evidence\":\"x\",\"by\":\"me\"}", 400, "by",
                "UNKNOWN_FIELD");
        // an agency the ledger has not seen is scored under the * framework (the default), which has no such leaf
        Api.department("Q123456789").body(valid).put("/api/v1/agencies/Q123456789/years/2023/occurrences/1.1")
                .then().statusCode(422).body("errors[0].code", equalTo("NOT_PER_OCCURRENCE"))
                .body("errors[0].message", equalTo("指标 1.1 预算编制 不是按例扣分指标，不接受例数"));
        Api.department(agency).body(valid).put("/api/v1/agencies/" + agency + "/years/2031/occurrences/1.1")
                .then().statusCode(404).body("detail", equalTo("2031 年度尚未发布指标体系"));
        Api.bureau().get(base + "/occurrences").then().statusCode(200).body("size()", equalTo(0));
        leaf(agency, 0, 0).body("status", equalTo("PENDING_INPUT"))
                .body("explanation", equalTo("待填报：尚未填报违规使用资金的情形的例数"));
    }

    @Test
    void aOneOfChoiceDecidesWhichAlternativeScoresAndEveryChangeIsKept() {
        String agency = agency();
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        leaf(agency, 0, 1).body("status", equalTo("PENDING_INPUT"));

        Api.department(agency).body(Map.of("alternative", "支出完成率")).put(base + "/one-of-choices/1.2")
                .then().statusCode(200).body("alternative", equalTo("支出完成率"));
        // execution 920 ÷ 1000 = 92.00%: 20 × 92 ÷ 100 = 18.40
        leaf(agency, 0, 1).body("score", equalTo(18.4f))
                .body("explanation", equalTo("选择考核支出完成率：支出完成率 92.00%，按比例得分 18.40 分（满分 20 分）"));
        long events = outboxRows(agency);

        Api.department(agency).body(Map.of("alternative", "结转结余率")).put(base + "/one-of-choices/1.2")
                .then().statusCode(200).body("history.value", equalTo(List.of("支出完成率", "结转结余率")))
                .body("chosenBy", equalTo("department:" + agency));
        // carry-over 8.00%, 3 points over 5: 20 − 3 × 1 = 17.00
        leaf(agency, 0, 1).body("score", equalTo(17.0f));
        assertEquals(events + 1, outboxRows(agency));

        refused(agency, "/one-of-choices/1.2", "{\"alternative\":\"满意度\"}", 422, "alternative", "UNKNOWN_ALTERNATIVE");
        refused(agency, "/one-of-choices/1.1", "{\"alternative\":\"支出完成率\"}", 422, "indicatorCode", "NOT_ONE_OF");
        refused(agency, "/one-of-choices/1.2", "{\"alternative\":1}", 400, "alternative", "INVALID_TYPE");
        refused(agency, "/one-of-choices/1.2", "{\"alternative\":\"支出\\t完成率\"}", 422, "alternative",
                "INVALID_CHARACTER");
        refused(agency, "/one-of-choices/1.2", "{}", 422, "alternative", "REQUIRED");
        Api.bureau().body(Map.of("alternative", "支出完成率")).put(base + "/one-of-choices/1.2").then().statusCode(403);
        Api.department("441422777").body(Map.of("alternative", "支出完成率")).put(base + "/one-of-choices/1.2")
                .then().statusCode(403);
        Api.bureau().get(base + "/one-of-choices").then().statusCode(200).body("[0].alternative", equalTo("结转结余率"))
                .body("[0].history.size()", equalTo(2));
    }

    @Test
    void aSlotIsDefinedApprovedReportedAndScoredLikeTargets() {
        String agency = agency();
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        String definition = """
                {"children":[
                  {"name":"时政新闻播出","category":"产出","unit":"篇","direction":"at-least","targetValue":1200,"weight":25},
                  {"name":"突发事件响应时间","category":"效益","unit":"分钟","direction":"at-most","targetValue":5,"weight":15}]}""";
        leaf(agency, 1, 0).body("status", equalTo("PENDING_INPUT"))
                .body("explanation", equalTo("待填报：尚未定义部门特性指标"));
        refused(agency, "/slots/2.1/actuals", "{\"items\":[]}", 404, null, null);

        Api.department(agency).contentType(JSON_UTF8).body(definition).put(base + "/slots/2.1").then().statusCode(200)
                .body("status", equalTo("submitted")).body("statusLabel", equalTo("待审核"))
                .body("children.code", equalTo(List.of("2.1.D1", "2.1.D2")));
        leaf(agency, 1, 0).body("status", equalTo("PENDING_INPUT"))
                .body("explanation", equalTo("待审核：自定义指标已提交，待财政局审核"));
        refused(agency, "/slots/2.1/actuals", "{\"items\":[{\"code\":\"2.1.D1\",\"actualValue\":1}]}", 409, null, null);
        Api.department(agency).body(Map.of("decision", "approved")).put(base + "/slots/2.1/review").then().statusCode(403);

        Api.bureau().body(Map.of("decision", "returned")).put(base + "/slots/2.1/review").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        Api.bureau().body(Map.of("decision", "returned", "reason", "目标值偏低")).put(base + "/slots/2.1/review")
                .then().statusCode(200).body("status", equalTo("returned")).body("reviewedBy", equalTo("finance-bureau"));
        leaf(agency, 1, 0).body("explanation", equalTo("待填报：自定义指标被财政局退回（目标值偏低），请修改后重新提交"));
        Api.bureau().body(Map.of("decision", "approved")).put(base + "/slots/2.1/review").then().statusCode(409);

        Api.department(agency).contentType(JSON_UTF8).body(definition).put(base + "/slots/2.1").then().statusCode(200);
        long events = outboxRows(agency);
        Api.bureau().body(Map.of("decision", "approved")).put(base + "/slots/2.1/review").then().statusCode(200)
                .body("status", equalTo("approved"));
        leaf(agency, 1, 0).body("status", equalTo("PENDING_INPUT"))
                .body("children.code", equalTo(List.of("2.1.D1", "2.1.D2")))
                .body("children[0].explanation", equalTo("待填报：尚未填报实际值"));

        Api.department(agency).contentType(JSON_UTF8)
                .body("{\"items\":[{\"code\":\"2.1.D1\",\"actualValue\":1420},{\"code\":\"2.1.D2\",\"actualValue\":8}]}")
                .put(base + "/slots/2.1/actuals").then().statusCode(200)
                .body("children.actualValue", equalTo(List.of(1420, 8)));
        // D1 met: 25; D2 at most 5 minutes, 8: 15 × 5 ÷ 8 = 9.375 → 9.38; the slot 34.38 of 40
        leaf(agency, 1, 0).body("score", equalTo(34.38f)).body("status", equalTo("SCORED"))
                .body("children.score", equalTo(List.of(25.0f, 9.38f)))
                .body("children[1].name", equalTo("突发事件响应时间"))
                .body("children[1].explanation", equalTo("目标 ≤ 5 分钟，实际 8 分钟，未达到，按 5 ÷ 8 得 9.38 分（满分 15 分）"));
        Api.bureau().get(base + "/scores").then().body("indicators[1].score", equalTo(34.38f));
        assertTrue(outboxRows(agency) > events, "the slot's points reach the published total");
        Api.department(agency).get(base + "/slots").then().statusCode(200).body("[0].status", equalTo("approved"))
                .body("[0].actualsBy", equalTo("department:" + agency));
    }

    @Test
    void aSlotDefinitionThatDoesNotFitIsRefusedWithItsFieldAndNothingIsStored() {
        String agency = agency();
        refused(agency, "/slots/2.1", children(item("a", "产出", "30"), item("b", "效益", "5")), 422, "children",
                "WEIGHT_SUM");
        refused(agency, "/slots/2.1", children(item("a", "产出", "10"), item("b", "产出", "10"), item("c", "产出", "10"),
                item("d", "产出", "10")), 422, "children", "TOO_MANY");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(item("指标" + i, "产出", "1"));
        }
        refused(agency, "/slots/2.1", children(many.toArray(String[]::new)), 422, "children", "TOO_MANY");
        refused(agency, "/slots/2.1", "{\"children\":[]}", 422, "children", "TOO_FEW");
        refused(agency, "/slots/2.1", children(item("a", "满意度", "40")), 422, "children[0].category", "INVALID_VALUE");
        refused(agency, "/slots/2.1", children(item("长".repeat(201), "产出", "40")), 422, "children[0].name", "TOO_LONG");
        refused(agency, "/slots/2.1", children(item("a\\tb", "产出", "40")), 422, "children[0].name", "INVALID_CHARACTER");
        refused(agency, "/slots/2.1", children(item("a\\u0007b", "产出", "40")), 400, "children[0].name", "INVALID_CHARACTER");
        refused(agency, "/slots/2.1", children(item("a", "产出", "40"), item("a", "效益", "0")), 422, "children[1].name", "DUPLICATE");
        refused(agency, "/slots/2.1", children(item("a", "产出", "\"40\"")), 400, "children[0].weight", "INVALID_TYPE");
        refused(agency, "/slots/2.1", "{\"children\":[{\"name\":\"a\",\"category\":\"产出\",\"unit\":\"篇\","
                + "\"direction\":\"more\",\"targetValue\":1e20,\"weight\":40}]}", 422, "children[0].direction", "INVALID_VALUE");
        refused(agency, "/slots/2.1", "{\"children\":[{\"name\":\"a\",\"category\":\"产出\",\"unit\":\"篇\","
                + "\"direction\":\"at-least\",\"targetValue\":1e20,\"weight\":40}]}", 422, "children[0].targetValue", "OUT_OF_RANGE");
        refused(agency, "/slots/1.3", children(item("a", "产出", "40")), 422, "indicatorCode", "NOT_SLOT");
        refused(agency, "/slots/2.1", "{}", 422, "children", "REQUIRED");
        Api.bureau().contentType(JSON_UTF8).body(children(item("a", "产出", "40")))
                .put("/api/v1/agencies/" + agency + "/years/2023/slots/2.1").then().statusCode(403);
        Api.department("441422777").contentType(JSON_UTF8).body(children(item("a", "产出", "40")))
                .put("/api/v1/agencies/" + agency + "/years/2023/slots/2.1").then().statusCode(403);
        Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/slots").then().body("size()", equalTo(0));
    }

    @Test
    void everyHostileFieldValueIsAProblemAndLeavesTheInputsAsTheyWere() {
        String agency = agency();
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
        bodies.put("/occurrences/1.1", fields("count", "1", "evidence", "\"一例\""));
        bodies.put("/one-of-choices/1.2", fields("alternative", "\"支出完成率\""));
        bodies.put("/slots/2.1", fields("children", "[" + item("时政新闻播出", "产出", "40") + "]"));
        int sent = 0;
        String state = inputs(base);
        for (Map.Entry<String, Map<String, String>> body : bodies.entrySet()) {
            List<String> sentBodies = new ArrayList<>(HostileValues.RAW_BODIES);
            for (String field : body.getValue().keySet()) {
                HostileValues.JSON_VALUES.forEach(value -> sentBodies.add(HostileValues.withField(body.getValue(), field,
                        value)));
                sentBodies.add(HostileValues.withField(body.getValue(), field, null));
            }
            for (String sentBody : sentBodies) {
                Response response = given().auth().oauth2(DevTokens.mint("department", agency))
                        .contentType(JSON_UTF8).body(sentBody).put(base + body.getKey());
                sent++;
                int status = response.statusCode();
                String what = body.getKey() + " " + sentBody + " → " + status;
                assertTrue(status < 500, what);
                String after = inputs(base);
                if (status >= 400) {
                    assertTrue(response.contentType().startsWith("application/problem+json"), what);
                    assertEquals(state, after, what + " changed what is stored");
                }
                state = after;
            }
        }
        assertTrue(sent > 150, sent + " requests");
    }

    @Test
    void aFrameworkSlotWithoutBoundsIsRefusedWithItsPathInChinese() {
        String broken = FRAMEWORK.replace("\"minChildren\": 1, \"maxChildren\": 3, ", "")
                .replace("\"version\": \"" + VERSION + "\"", "\"version\": \"broken\"");
        Api.bureau().body(broken).put("/api/v1/frameworks/test-inputs/versions/broken").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("indicators[1].children[0].slot.minChildren",
                        "indicators[1].children[0].slot.maxChildren")))
                .body("errors.message", hasItem("部门自定义指标栏缺少下级指标个数下限 minChildren"));
        Api.bureau().get("/api/v1/frameworks/test-inputs/versions/broken").then().statusCode(404);
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    /** A new agency of the test region with 1,000.00 budget and 920.00 spent (execution 92%, carry-over 8%). */
    private static String agency() {
        String agency = "I" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        LedgerTopic ledger = new LedgerTopic(agency).registered("填报测试单位", REGION)
                .budgetLine(agency + "-L1", "running", null, "1000.00")
                .payment(agency + "-P1", "running", null, "920.00", "2023-06-30");
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, 3);
        return agency;
    }

    /** The indicator {@code indicators[top].children[child]} of the agency's score view, to assert on. */
    private static ValidatableResponse leaf(String agency, int top, int child) {
        return Api.bureau().get("/api/v1/agencies/" + agency + "/years/2023/scores").then().statusCode(200)
                .body("frameworkId", equalTo("test-inputs"))
                .rootPath("indicators[" + top + "].children[" + child + "]");
    }

    private static void refused(String agency, String path, String body, int status, String field, String code) {
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        String before = inputs(base);
        ValidatableResponse then = Api.department(agency).contentType(JSON_UTF8).body(body).put(base + path).then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            then.body("errors.field", hasItem(field)).body("errors.code", hasItem(code));
        }
        assertEquals(before, inputs(base), path + " " + body + " changed what is stored");
    }

    /** What the three input lists and the score view hold, without the instant the card was computed. */
    private static String inputs(String base) {
        return Api.bureau().get(base + "/occurrences").asString() + Api.bureau().get(base + "/one-of-choices").asString()
                + Api.bureau().get(base + "/slots").asString()
                + Api.bureau().get(base + "/scores").path("indicators").toString();
    }

    private long outboxRows(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from score_outbox where agency_code = ?1")
                .setParameter(1, agency).getSingleResult()).longValue());
    }

    private static String item(String name, String category, String weight) {
        return "{\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"unit\":\"篇\",\"direction\":\"at-least\","
                + "\"targetValue\":100,\"weight\":" + weight + "}";
    }

    private static String children(String... items) {
        return "{\"children\":[" + String.join(",", items) + "]}";
    }

    private static Map<String, String> fields(String... namesAndLiterals) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLiterals.length; i += 2) {
            fields.put(namesAndLiterals[i], namesAndLiterals[i + 1]);
        }
        return fields;
    }
}
