package cn.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.MonitoringFiles;
import io.quarkus.test.junit.QuarkusTest;

/** evaluation-service exposes on /q/metrics every metric that deploy/monitoring/metrics.txt says it does. */
@QuarkusTest
class MonitoringMetricsTest {

    @Test
    void exposesWhatTheDashboardAndTheAlertsUse() {
        // a request, so that the HTTP server meters exist (the ledger consumer's lag appears once it has fetched)
        given().get("/api/v1/agencies/T1/years/2023/scores").then().statusCode(401);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(Set.of(), MonitoringFiles.missingFrom("evaluation-service",
                        given().get("/q/metrics").then().statusCode(200).extract().asString())));
    }
}
