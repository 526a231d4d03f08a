package cn.jixiao.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Rebuilding from the topic's beginning gives exactly the live aggregates and scores, and live consumption goes on. */
@QuarkusTest
class LedgerRebuildTest {

    @Test
    void aRebuildReproducesTheLiveStateAndLiveConsumptionContinues() {
        String agency = "R" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String path = "/api/v1/agencies/" + agency + "/years/2023/scores";
        LedgerTopic ledger = new LedgerTopic(agency).registered("重建测试单位")
                .budgetLine(agency + "-L1", "running", null, "80000.00")
                .budgetLine(agency + "-L2", "project", null, "20000.00")
                .adjustment(agency + "-A1", agency + "-L1", "running", null, "5000.00")
                .payment(agency + "-P1", "running", null, "30000.00", "2023-02-01")
                .payment(agency + "-P2", "project", null, "19999.99", "2023-05-01")
                .payment(agency + "-R1", "running", null, "-1000.00", "2023-02-09")
                .assets("2023-06-30", "500000.00", "480000.00");
        ledger.publish(ledger.events());
        LedgerAggregate live = LedgerConsumptionTest.awaitSequence(agency, 8);
        String liveScores = Api.bureau().get(path).then().statusCode(200).extract().jsonPath()
                .getString("indicators");
        int liveHistory = history(path).size();

        Api.bureau().post("/api/v1/admin/ledger/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(Api.bureau()
                .get("/api/v1/admin/ledger/rebuild").then().statusCode(200).extract().jsonPath().getString("state")));
        JsonPath done = Api.bureau().get("/api/v1/admin/ledger/rebuild").then().extract().jsonPath();
        assertTrue(done.getLong("result.records") >= 8);
        assertEquals("scoring", done.getString("progress.phase"), "the last phase recalculates the scores");
        assertEquals(done.getLong("result.agencyYears"), done.getLong("progress.total"));
        assertEquals(done.getLong("progress.total"), done.getLong("progress.processed"));
        assertEquals(0L, done.getLong("progress.etaSeconds"));

        LedgerAggregate rebuilt = QuarkusTransaction.requiringNew()
                .call(() -> LedgerAggregate.<LedgerAggregate>findById(new AgencyYear(agency, 2023)));
        assertEquals(describe(live), describe(rebuilt));
        assertEquals(liveScores, Api.bureau().get(path).then().statusCode(200).extract().jsonPath()
                .getString("indicators"), "the scored tree is the live one");
        assertEquals(liveHistory, history(path).size(), "an identical rebuild records no score change");

        ledger.payment(agency + "-P3", "running", null, "500.00", "2023-07-01");
        ledger.publish(List.of(ledger.events().get(8)));
        LedgerAggregate after = LedgerConsumptionTest.awaitSequence(agency, 9);
        assertTrue(after.spending.compareTo(rebuilt.spending.add(new java.math.BigDecimal("500.00"))) == 0);
        Api.department(agency).post("/api/v1/admin/ledger/rebuild").then().statusCode(403);
    }

    private static List<Object> history(String path) {
        return Api.bureau().get(path + "/history").then().statusCode(200).extract().jsonPath().getList("total");
    }

    private static String describe(LedgerAggregate a) {
        return String.join("|", a.initialBudget.toPlainString(), a.adjustedBudget.toPlainString(),
                a.spending.toPlainString(), a.projectBudget.toPlainString(), a.projectSpending.toPlainString(),
                a.publicBudget.toPlainString(), a.publicSpending.toPlainString(), a.threePublicBudget.toPlainString(),
                a.threePublicSpending.toPlainString(), String.valueOf(a.assetsSnapshotDate),
                String.valueOf(a.assetsTotal), String.valueOf(a.assetsInUse), String.valueOf(a.lastSequence));
    }
}
