package cn.jixiao.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.HostileValues;
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

    @Test
    void aDepartmentTokenWithAMalformedAgencyClaimIsForbidden() {
        String agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        for (String token : HostileValues.malformedDepartmentTokens()) {
            for (String read : List.of("execution", "budget-lines", "payments")) {
                given().auth().oauth2(token).get("/api/v1/agencies/" + agency + "/years/2023/" + read)
                        .then().statusCode(403).contentType("application/problem+json")
                        .body("type", equalTo("urn:jixiao:problem:forbidden"))
                        .body("detail", containsString("agencyCode"));
            }
        }
        String longClaim = DevTokens.mint("department", "4".repeat(33));
        given().auth().oauth2(longClaim).get("/api/v1/agencies/" + "4".repeat(33) + "/years/2023/execution")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agencyCode"));
    }

    static Stream<Arguments> badReadParameters() {
        return Stream.of(
                Arguments.of("2023/payments?page=2147483647&size=500", "page", "OUT_OF_RANGE"),
                Arguments.of("2023/budget-lines?page=4294967&size=500", "page", "OUT_OF_RANGE"),
                Arguments.of("2023/payments?page=-1", "page", "OUT_OF_RANGE"),
                Arguments.of("2023/payments?page=abc", "page", "INVALID_TYPE"),
                Arguments.of("2023/payments?page=99999999999999999999", "page", "OUT_OF_RANGE"),
                Arguments.of("2023/payments?size=0", "size", "OUT_OF_RANGE"),
                Arguments.of("2023/budget-lines?size=501", "size", "OUT_OF_RANGE"),
                Arguments.of("2023/budget-lines?size=1e3", "size", "INVALID_TYPE"),
                Arguments.of("2023/budget-lines?proCode=a%00b", "proCode", "INVALID_FORMAT"),
                Arguments.of("2023/payments?economicClass=30%00", "economicClass", "INVALID_FORMAT"),
                Arguments.of("2023/payments?economicClass=3%25", "economicClass", "INVALID_FORMAT"),
                Arguments.of("abc/execution", "fiscalYear", "INVALID_TYPE"),
                Arguments.of("99999999999/execution", "fiscalYear", "OUT_OF_RANGE"),
                Arguments.of("%00/payments", "fiscalYear", "INVALID_TYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReadParameters")
    void aBadReadParameterIsABadRequestNamingIt(String yearAndQuery, String parameter, String code) {
        String agency = Api.newAgencyCode();
        Api.as(Api.FINANCE_BUREAU).urlEncodingEnabled(false)
                .get("/api/v1/agencies/" + agency + "/years/" + yearAndQuery)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:jixiao:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].code", equalTo(code));
    }

    @Test
    void aBadAgencyCodeInTheReadPathIsABadRequest() {
        for (String code : List.of("%00", "a%00b", "T1%0d%0a", "..%2f..", "%ff%fe", "9".repeat(40), "ab")) {
            Api.as(Api.FINANCE_BUREAU).urlEncodingEnabled(false)
                    .get("/api/v1/agencies/" + code + "/years/2023/execution")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("agencyCode"));
        }
    }
}
