package cn.jixiao.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.MonitoringFiles;
import io.quarkus.test.junit.QuarkusTest;

/** report-service exposes on /q/metrics every metric that deploy/monitoring/metrics.txt says it does. */
@QuarkusTest
class MonitoringMetricsTest {

    @Test
    void exposesWhatTheDashboardAndTheAlertsUse() {
        // a request, so that the HTTP server meters exist
        given().get("/api/v1/public/reports?fiscalYear=2023&mofDivCode=441422").then().statusCode(200);
        assertEquals(Set.of(), MonitoringFiles.missingFrom("report-service",
                given().get("/q/metrics").then().statusCode(200).extract().asString()));
    }
}
