package cn.jixiao.budget;

import static cn.jixiao.budget.Api.financeSystem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The sample department's 2023 ledger (deploy/demo/dabu-2023), pushed through the API as a finance system would,
 * reproduces every figure of the sample self-evaluation report.
 */
@QuarkusTest
class DemoLedgerTest {

    static final Path FIXTURE = Path.of("..", "deploy", "demo", "dabu-2023");
    static final String AGENCY = "441422001";

    @Test
    void theDemoLedgerReproducesTheSampleReportsFigures() throws IOException {
        financeSystem().body(read("agency.json")).put("/api/v1/agencies/" + AGENCY).then().statusCode(201);
        financeSystem().body(read("budget-lines.json")).post("/api/v1/budget-lines/batch").then().statusCode(200);
        financeSystem().body(read("payments.json")).post("/api/v1/payments/batch").then().statusCode(200);
        financeSystem().body(read("asset-snapshots.json")).post("/api/v1/asset-snapshots/batch").then().statusCode(200);

        JsonPath summary = JsonPath.from(Api.department(AGENCY)
                        .get("/api/v1/agencies/" + AGENCY + "/years/2023/execution")
                        .then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("大埔县融媒体中心", summary.getString("agencyName"));
        assertWan("1924.28", summary, "budget.adjusted");
        assertWan("1834.36", summary, "spending");
        assertEquals("95.33", decimal(summary, "executionRate"));
        assertWan("1786.59", summary, "basic.spending");
        assertWan("47.77", summary, "project.budget");
        assertWan("47.77", summary, "project.spending");
        assertEquals("100.00", decimal(summary, "project.rate"));
        assertEquals(List.of("301", "302", "303"), summary.getList("economicClasses.code"));
        assertWan("1457.19", summary, "economicClasses[0].spending");
        assertWan("183.37", summary, "economicClasses[1].spending");
        assertWan("193.80", summary, "economicClasses[2].spending");
        assertEquals("1360848.10", decimal(summary, "publicExpenses.budget"));
        assertEquals("1360848.10", decimal(summary, "publicExpenses.actual"));
        assertEquals("100.00", decimal(summary, "publicExpenses.controlRate"));
        assertWan("2156.69", summary, "fixedAssets.totalOriginalValue");
        assertWan("2156.69", summary, "fixedAssets.inUseOriginalValue");
        assertEquals("100.00", decimal(summary, "fixedAssets.utilisationRate"));
        assertEquals("95.33", decimal(summary, "monthly[11].cumulativeRate"));
        assertEquals(1 + 37 + 1208 + 2, summary.getInt("asOf.sequence"));
        assertEventsSumByTheirClassificationToTheSummary(summary);

        // the finance system resends the whole day: nothing changes
        financeSystem().body(read("payments.json")).post("/api/v1/payments/batch")
                .then().statusCode(200).body("created", org.hamcrest.Matchers.equalTo(0));
        assertEquals(1248, Api.department(AGENCY).get("/api/v1/agencies/" + AGENCY + "/years/2023/execution")
                .then().extract().jsonPath().getInt("asOf.sequence"));
    }

    /** A consumer summing the events' flags gets the summary's figures without deciding any code itself. */
    private static void assertEventsSumByTheirClassificationToTheSummary(JsonPath summary) {
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal project = BigDecimal.ZERO;
        BigDecimal threePublic = BigDecimal.ZERO;
        BigDecimal runningSpending = BigDecimal.ZERO;
        for (JsonNode event : LedgerTopic.eventsOf(AGENCY, 1248)) {
            JsonNode data = event.get("data");
            boolean line = event.get("type").asText().startsWith("BudgetLine");
            if (!line && !event.get("type").asText().startsWith("Payment")) {
                continue;
            }
            BigDecimal amount = data.get(line ? "amount" : "xpayAmt").decimalValue();
            String kind = data.get("expenseKind").asText();
            if (line) {
                initial = data.get("initialBudget").asBoolean() ? initial.add(amount) : initial;
                running = "running".equals(kind) ? running.add(amount) : running;
                project = "project".equals(kind) ? project.add(amount) : project;
                threePublic = data.get("threePublicGroup").isNull() ? threePublic : threePublic.add(amount);
            } else if ("running".equals(kind)) {
                runningSpending = runningSpending.add(amount);
            }
        }
        assertEquals(decimal(summary, "budget.initial"), initial.toPlainString());
        assertEquals(decimal(summary, "publicExpenses.budget"), running.toPlainString());
        assertEquals(decimal(summary, "publicExpenses.actual"), runningSpending.toPlainString());
        assertEquals(decimal(summary, "project.budget"), project.toPlainString());
        assertEquals(decimal(summary, "threePublic.budget"), threePublic.toPlainString());
    }

    private static String read(String file) throws IOException {
        return Files.readString(FIXTURE.resolve(file));
    }

    private static String decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Asserts an amount in 元 as the report shows it: 万元 with two decimals. */
    private static void assertWan(String expectedWan, JsonPath json, String path) {
        BigDecimal yuan = new BigDecimal(json.getString(path));
        assertEquals(2, yuan.scale(), path + " is in 元 with two decimals");
        assertEquals(expectedWan, yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString(), path);
    }
}
