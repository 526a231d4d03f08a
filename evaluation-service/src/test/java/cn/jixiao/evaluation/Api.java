package cn.jixiao.evaluation;

import static io.restassured.RestAssured.given;

import cn.jixiao.localstack.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls to evaluation-service's API as each role. */
final class Api {

    static final String FINANCE_BUREAU = DevTokens.mint("finance-bureau", null);

    private Api() {
    }

    static RequestSpecification bureau() {
        return given().auth().oauth2(FINANCE_BUREAU).contentType(ContentType.JSON);
    }

    static RequestSpecification department(String agencyCode) {
        return given().auth().oauth2(DevTokens.mint("department", agencyCode)).contentType(ContentType.JSON);
    }
}
