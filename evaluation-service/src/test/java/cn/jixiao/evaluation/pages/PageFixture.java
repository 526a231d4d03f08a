package cn.jixiao.evaluation.pages;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.LedgerTopic;
import cn.jixiao.localstack.DevTokens;
import io.restassured.http.ContentType;

/** Agencies made the way production makes them: ledger events on budget.ledger.v1, read back through the API. */
final class PageFixture {

    static final int YEAR = 2023;
    static final String BUREAU = DevTokens.mint("finance-bureau", null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageFixture() {
    }

    static String newCode(String prefix, int digits) {
        long bound = (long) Math.pow(10, digits);
        return prefix + ThreadLocalRandom.current().nextLong(bound / 10, bound);
    }

    static String department(String agencyCode) {
        return DevTokens.mint("department", agencyCode);
    }

    /**
     * Registers the agency in the region with a budget of 120,000.00 and one payment in each month, the i-th of
     * {@code 1000 × (i + monthlyStep)}, then waits until its scores include every event; returns the score view.
     */
    static JsonNode agency(String agencyCode, String name, String region, int monthlyStep) {
        LedgerTopic ledger = new LedgerTopic(agencyCode).registered(name, region)
                .budgetLine(agencyCode + "-L1", "running", null, "80000.00")
                .budgetLine(agencyCode + "-L2", "project", null, "40000.00");
        for (int month = 1; month <= 12; month++) {
            ledger.payment(agencyCode + "-P" + month, month % 3 == 0 ? "project" : "running", null,
                    new BigDecimal(1000 * (month + monthlyStep)).setScale(2).toPlainString(),
                    String.format("%d-%02d-15", YEAR, month));
        }
        ledger.assets(YEAR + "-12-31", "200000.00", "180000.00");
        List<String> events = ledger.events();
        ledger.publish(events);
        String path = "/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/scores";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(BUREAU).get(path);
            return response.statusCode() == 200
                    && response.jsonPath().getLong("asOf.ledgerSequence") == events.size();
        });
        return scores(agencyCode);
    }

    static JsonNode scores(String agencyCode) {
        return read(given().auth().oauth2(BUREAU)
                .get("/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/scores")
                .then().statusCode(200).extract().asString());
    }

    /** The agency's row of the API's region overview. */
    static JsonNode summary(String region, String agencyCode) {
        for (JsonNode row : read(given().auth().oauth2(BUREAU).queryParam("mofDivCode", region)
                .get("/api/v1/years/" + YEAR + "/scores").then().statusCode(200).extract().asString())) {
            if (row.get("agencyCode").asText().equals(agencyCode)) {
                return row;
            }
        }
        throw new AssertionError(agencyCode + " not in the overview of " + region);
    }

    static void departmentInputs(String agencyCode) {
        given().auth().oauth2(department(agencyCode)).contentType(ContentType.JSON)
                .body(Map.of("keyTasksPlanned", 4, "keyTasksCompleted", 3, "petitionsReceived", 2,
                        "petitionsHandled", 2, "satisfactionRate", 93.5))
                .put("/api/v1/agencies/" + agencyCode + "/years/" + YEAR + "/department-inputs")
                .then().statusCode(200);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
