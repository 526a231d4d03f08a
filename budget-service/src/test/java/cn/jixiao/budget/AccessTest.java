package cn.jixiao.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jixiao.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Every endpoint states who may call it: no token 401, wrong role or another agency 403. */
@QuarkusTest
class AccessTest {

    @Test
    void withoutATokenNothingIsAnswered() {
        given().contentType("application/json").body(Map.of()).post("/api/v1/payments")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/agencies/441422001/years/2023/execution").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(DevTokens.ISSUER).upn("intruder").groups(Set.of("finance-bureau"))
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/v1/agencies/441422001/years/2023/execution")
                .then().statusCode(401);
    }

    @Test
    void onlyFinanceSystemsWriteTheLedger() {
        String agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        Map<String, Object> line = Api.line(agency + "-L1", agency, "1.00");
        Api.as(Api.FINANCE_BUREAU).body(line).post("/api/v1/budget-lines").then().statusCode(403)
                .contentType("application/problem+json");
        Api.department(agency).body(line).post("/api/v1/budget-lines").then().statusCode(403);
        Api.financeSystem().get("/api/v1/agencies/" + agency + "/years/2023/execution").then().statusCode(403);
    }

    @Test
    void aDepartmentReadsOnlyItsOwnAgency() {
        String own = Api.newAgencyCode();
        String other = Api.newAgencyCode();
        Api.registerAgency(own);
        Api.registerAgency(other);
        Api.department(own).get("/api/v1/agencies/" + own + "/years/2023/execution")
                .then().statusCode(200).body("agencyCode", equalTo(own));
        Api.department(own).get("/api/v1/agencies/" + other + "/years/2023/execution")
                .then().statusCode(403).body("status", equalTo(403));
        Api.department(own).get("/api/v1/agencies/" + other + "/years/2023/payments").then().statusCode(403);
        Api.department(own).get("/api/v1/agencies/" + other + "/years/2023/budget-lines").then().statusCode(403);
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + other + "/years/2023/execution").then().statusCode(200);
    }

    @Test
    void operationsEndpointsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
