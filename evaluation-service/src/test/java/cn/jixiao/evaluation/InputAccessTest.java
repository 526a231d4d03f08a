package cn.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.localstack.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** A department reads and writes only its own agency's inputs; the finance bureau reviews; bad input is refused. */
@QuarkusTest
class InputAccessTest {

    private static final Map<String, Object> ASSESSMENT = Map.of("level", "achieved", "score", 4.5,
            "reason", "预算编制依据充分", "evidence", List.of(Map.of("title", "部门预算批复", "reference", "埔财预〔2023〕1号")));

    @Test
    void aDepartmentCannotReadOrWriteAnotherAgency() {
        Api.department("441422777").body(ASSESSMENT)
                .put("/api/v1/agencies/441422888/years/2023/self-assessments/1.1.1")
                .then().statusCode(403).contentType("application/problem+json");
        Api.department("441422777").get("/api/v1/agencies/441422888/years/2023/self-assessments")
                .then().statusCode(403);
        Api.department("441422777").get("/api/v1/agencies/441422888/years/2023/scores").then().statusCode(403);
        Api.department("441422777").body(Map.of("satisfactionRate", 90))
                .put("/api/v1/agencies/441422888/years/2023/department-inputs").then().statusCode(403);
        Api.bureau().body(ASSESSMENT).put("/api/v1/agencies/441422888/years/2023/self-assessments/1.1.1")
                .then().statusCode(403);
        for (String list : List.of("occurrences", "one-of-choices", "slots")) {
            Api.department("441422777").get("/api/v1/agencies/441422888/years/2023/" + list).then().statusCode(403);
        }
        Api.department("441422777").body(Map.of("count", 1, "evidence", "x"))
                .put("/api/v1/agencies/441422888/years/2023/occurrences/1.1").then().statusCode(403);
        Api.department("441422777").body(Map.of("alternative", "x"))
                .put("/api/v1/agencies/441422888/years/2023/one-of-choices/1.1").then().statusCode(403);
        Api.department("441422777").body(Map.of("children", List.of()))
                .put("/api/v1/agencies/441422888/years/2023/slots/1.1").then().statusCode(403);
        Api.department("441422777").body(Map.of("items", List.of()))
                .put("/api/v1/agencies/441422888/years/2023/slots/1.1/actuals").then().statusCode(403);
        Api.department("441422888").body(Map.of("decision", "approved"))
                .put("/api/v1/agencies/441422888/years/2023/slots/1.1/review").then().statusCode(403);
        given().get("/api/v1/agencies/441422888/years/2023/scores").then().statusCode(401);
        Api.department("441422777").get("/api/v1/years/2023/scores").then().statusCode(403);
    }

    @Test
    void aSelfAssessmentIsStoredReviewedAndKeptOnRecord() {
        String agency = "441422" + (100 + (int) (Math.random() * 800));
        Api.department(agency).body(ASSESSMENT).put("/api/v1/agencies/" + agency + "/years/2023/self-assessments/1.1.1")
                .then().statusCode(200).body("levelLabel", equalTo("达成")).body("effectiveScore", equalTo(4.5f));
        Api.bureau().body(Map.of("score", 4.0, "reason", "论证材料不足"))
                .put("/api/v1/agencies/" + agency + "/years/2023/self-assessments/1.1.1/review")
                .then().statusCode(200).body("score", equalTo(4.5f)).body("reviewScore", equalTo(4.0f))
                .body("effectiveScore", equalTo(4.0f));
        Api.department(agency).get("/api/v1/agencies/" + agency + "/years/2023/self-assessments")
                .then().statusCode(200).body("[0].reviewReason", equalTo("论证材料不足"))
                .body("[0].evidence[0].title", equalTo("部门预算批复"));
        Api.department(agency).get("/api/v1/agencies/" + agency + "/years/2023/scores")
                .then().statusCode(200).body("grade", equalTo("差"));
    }

    @Test
    void aCallerWhoseNameCannotBeRecordedIsRefusedAndNothingIsStored() {
        String agency = "441422" + (100 + (int) (Math.random() * 800));
        String longName = DevTokens.sign(Jwt.issuer(DevTokens.ISSUER).upn("部门".repeat(60)).groups("department")
                .claim(DevTokens.AGENCY_CLAIM, agency).expiresIn(3600));
        given().auth().oauth2(longName).contentType("application/json").body(ASSESSMENT)
                .put("/api/v1/agencies/" + agency + "/years/2023/self-assessments/1.1.1")
                .then().statusCode(403).contentType("application/problem+json");
        Api.department(agency).get("/api/v1/agencies/" + agency + "/years/2023/self-assessments")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String agency = "441422999";
        Api.department(agency).body(Map.of("level", "achieved", "score", 1.0, "reason", "x"))
                .put("/api/v1/agencies/" + agency + "/years/2023/self-assessments/1.1.1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("score"));
        Api.department(agency).body(Map.of("level", "excellent", "score", 4.5, "reason", "x"))
                .put("/api/v1/agencies/" + agency + "/years/2023/self-assessments/1.1.1")
                .then().statusCode(422).body("errors[0].field", equalTo("level"));
        Api.department(agency).body(Map.of("keyTasksPlanned", 5, "keyTasksCompleted", 6, "satisfactionRate", 101))
                .put("/api/v1/agencies/" + agency + "/years/2023/department-inputs")
                .then().statusCode(422).body("errors.field", equalTo(List.of("keyTasksCompleted", "satisfactionRate")));
        Api.department(agency).body("{\"satisfactionRate\": \"很满意\"}")
                .put("/api/v1/agencies/" + agency + "/years/2023/department-inputs")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
