package cn.jixiao.budget;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.ContractFiles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document smallrye-openapi generates from the resources is the one committed in docs/contracts/openapi,
 * which report-service's tests check its client DTOs against; {@code -Djixiao.contracts.record=true} rewrites it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentIsUpToDate() {
        String generated = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        ContractFiles.assertUpToDate("openapi/budget-service.json", ContractFiles.parse(generated));
    }
}
