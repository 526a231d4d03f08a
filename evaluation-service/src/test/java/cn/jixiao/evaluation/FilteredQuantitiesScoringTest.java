package cn.jixiao.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.evaluation.LedgerTopic.Codes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A framework that declares filtered ledger quantities, stored and assigned through the API, scores an agency from
 * ledger events on the real broker and database: budget by source, spending up to a cut-off and by economic class,
 * a project's spending in a period, spending by source, the previous year's budget; a redelivered payment counts once, and a rebuild
 * gives the same figures.
 */
@QuarkusTest
class FilteredQuantitiesScoringTest {

    @Test
    void declaredQuantitiesScoreFromTheLedgerOnceEachAndTheSameAfterARebuild() {
        String region = "45" + ThreadLocalRandom.current().nextInt(1000, 10000);
        String version = "q" + ThreadLocalRandom.current().nextInt(1_000_000);
        String path = "/api/v1/frameworks/test-quantities/versions/" + version;
        ObjectNode document = framework().put("version", version).put("mofDivCode", region);
        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.withArray("quantities").get(1)).put("until", "06-15");
        ((ObjectNode) broken.withArray("measures").get(6)).put("expression", "spending");

        Api.bureau().body(broken.toString()).put(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("quantities[1].until"))
                .body("errors.message", hasItem("截止日期 until“06-15”须为月末（如 06-30）：支出按支付月份汇总"))
                .body("errors.field", hasItem("quantities[4].name"))
                .body("errors.message", hasItem("数量“projectSecondHalf”已声明，但没有计量指标或条件使用它"));
        Api.department("441422001").body(document.toString()).put(path).then().statusCode(403);
        Api.bureau().body(document.toString()).put(path).then().statusCode(201);
        Api.bureau().body("{\"frameworkId\":\"test-quantities\",\"version\":\"" + version + "\"}")
                .put("/api/v1/frameworks/assignments/" + region + "/2023").then().statusCode(204);

        String agency = "Q" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        Codes personnel = new Codes("1", "30101", "2080501", null);
        Codes running = new Codes("1", "30201", "2013101", null);
        Codes project = new Codes("3", "30213", "2070808", "PRJ-1");
        LedgerTopic ledger = new LedgerTopic(agency).registered("筛选数量测试单位", region)
                .lineWithCodes(2022, agency + "-K1", "personnel", personnel, "400000.00")
                .paymentWithCodes(agency + "-K2", "personnel", personnel, "300000.00", "2022-12-20")
                .lineWithCodes(2023, agency + "-L1", "personnel", personnel, "500000.00")
                .lineWithCodes(2023, agency + "-L2", "running", running, "60000.00")
                .lineWithCodes(2023, agency + "-L3", "project", project, "80000.00")
                .adjustmentWithCodes(agency + "-A1", agency + "-L2", "running", running, "-3000.00")
                .adjustmentWithCodes(agency + "-A2", agency + "-L1", "personnel", personnel, "20000.00")
                .paymentWithCodes(agency + "-P1", "personnel", personnel, "250000.00", "2023-03-15")
                .paymentWithCodes(agency + "-P2", "running", running, "30000.00", "2023-06-30")
                .paymentWithCodes(agency + "-P3", "project", project, "50000.00", "2023-06-10")
                .paymentWithCodes(agency + "-R1", "project", project, "-2500.00", "2023-06-20")
                .paymentWithCodes(agency + "-P4", "project", project, "10000.00", "2023-07-05")
                .paymentWithCodes(agency + "-P5", "personnel", personnel, "240000.00", "2023-09-10");
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, 14);
        String scores = "/api/v1/agencies/" + agency + "/years/2023/scores";

        // 2023: 年初 560,000.00 (L1 + L2); adjusted 657,000.00 (+ L3 80,000.00 上年结转, − 3,000.00, + 20,000.00);
        // spending 577,500.00 (the reversal nets P3 to 47,500.00); 编制 10, 实有 9 (the registration sample).
        // 1.1 97,000 ÷ 560,000 = 17.3214…% → 17.32, over 10: 10 × 10 ÷ 17.32 = 5.7736… → 5.77
        // 1.2 (657,000 − 577,500 − 80,000) ÷ 80,000 = −0.625% → −0.63 (half up, away from zero), at most 0: 10
        // 1.3 9 ÷ 10 = 90.00%, at most 100: 10
        // 1.4 by 06-30: 250,000 + 30,000 + 47,500 = 327,500 ÷ 657,000 = 49.8478…% → 49.85: 20 × 49.85 ÷ 50 = 19.94
        // 1.5 economic class 302 (30201, 30213): 30,000 + 47,500 + 10,000 = 87,500 ÷ 577,500 = 15.1515…% → 15.15: 10
        // 1.6 personnel 520,000 against 2022's 400,000: 30.00%, 10 over 20 at 0.5 a point: 5.00
        // 1.7 PRJ-1 from 07-01: 10,000.00, reaches 10,000: 20
        // 1.8 spending on 上年结转 lines: 50,000 − 2,500 + 10,000 = 57,500 ÷ 80,000 = 71.875% → 71.88: 10 × 0.7188 = 7.19
        // total 5.77 + 10 + 10 + 19.94 + 10 + 5 + 20 + 7.19 = 87.90, 良
        expect(Api.bureau().get(scores).then().statusCode(200), "87.90", "17.32", "-0.63", "49.85", "15.15");

        // P3 again (a redelivery), then one more payment: 1,000.00 of running on 11-02
        ledger.paymentWithCodes(agency + "-P6", "running", running, "1000.00", "2023-11-02");
        ledger.publish(List.of(ledger.events().get(10), ledger.events().get(14)));
        LedgerConsumptionTest.awaitSequence(agency, 15);
        // spending 578,500.00; by 06-30 still 327,500 → 49.85 (P3 counted once); class 302: 88,500 ÷ 578,500 =
        // 15.2982…% → 15.30; 1.2 (657,000 − 578,500 − 80,000) ÷ 80,000 = −1.875% → −1.88; the total is unchanged
        expect(Api.bureau().get(scores).then().statusCode(200), "87.90", "17.32", "-1.88", "49.85", "15.30");

        Api.bureau().post("/api/v1/admin/ledger/rebuild").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(Api.bureau()
                .get("/api/v1/admin/ledger/rebuild").then().statusCode(200).extract().jsonPath().getString("state")));
        expect(Api.bureau().get(scores).then().statusCode(200), "87.90", "17.32", "-1.88", "49.85", "15.30");
        Api.department(agency).get(scores).then().statusCode(200).body("total", equalTo(87.90f));
    }

    /** The framework of this test and of {@code FilteredQuantitiesTest}, as stored in the test resources. */
    private static ObjectNode framework() {
        try (InputStream in = FilteredQuantitiesScoringTest.class.getClassLoader()
                .getResourceAsStream("filtered-quantities-framework.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(ValidatableResponse response, String total, String adjustment, String carryOverChange,
            String juneProgress, String officeShare) {
        response.body("frameworkId", equalTo("test-quantities"))
                .body("total", equalTo(Float.valueOf(total)))
                .body("grade", equalTo("良"))
                .body("indicators[0].children.value", equalTo(List.of(Float.valueOf(adjustment),
                        Float.valueOf(carryOverChange), 90.0f, Float.valueOf(juneProgress), Float.valueOf(officeShare),
                        30.0f, 10000.0f, 71.88f)))
                .body("indicators[0].children.score", equalTo(List.of(5.77f, 10.0f, 10.0f, 19.94f, 10.0f, 5.0f,
                        20.0f, 7.19f)));
    }
}
