package cn.jixiao.budget;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import cn.jixiao.localstack.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls to the API as each role, and request bodies for tests. */
final class Api {

    static final String FINANCE_SYSTEM = DevTokens.mint("finance-system", null);
    static final String FINANCE_BUREAU = DevTokens.mint("finance-bureau", null);

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification financeSystem() {
        return as(FINANCE_SYSTEM);
    }

    static RequestSpecification department(String agencyCode) {
        return as(DevTokens.mint("department", agencyCode));
    }

    /** A fresh agency code, so that tests sharing the broker and database never see each other's records. */
    static String newAgencyCode() {
        return "T" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    static void registerAgency(String agencyCode) {
        financeSystem().body(Map.of("agencyName", "测试单位" + agencyCode, "mofDivCode", "441422",
                        "authorizedStaff", 10, "actualStaff", 9))
                .put("/api/v1/agencies/" + agencyCode)
                .then().statusCode(201);
    }

    /**
     * Registers the agency, records a budget line and a payment of 100.00 on it, each by a request of its own, and
     * returns the three records that reached budget.ledger.v1 (registration, line, payment).
     */
    static List<ConsumerRecord<String, String>> agencyLineAndPayment(String agencyCode) {
        registerAgency(agencyCode);
        financeSystem().body(batch(List.of(line(agencyCode + "-L1", agencyCode, "5000.00"))))
                .post("/api/v1/budget-lines/batch").then().statusCode(200);
        financeSystem().body(batch(List.of(payment(agencyCode + "-P1", agencyCode + "-L1", agencyCode, "100.00",
                "2023-03-02")))).post("/api/v1/payments/batch").then().statusCode(200);
        return LedgerTopic.recordsOf(agencyCode, 3, Duration.ofSeconds(30), Duration.ZERO);
    }

    static Map<String, Object> line(String bgtId, String agencyCode, String amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("bgtId", bgtId);
        line.put("agencyCode", agencyCode);
        line.put("mofDivCode", "441422");
        line.put("fiscalYear", 2023);
        line.put("proCatCode", "2");
        line.put("expFuncCode", "2070801");
        line.put("depBgtEcoCode", "30201");
        line.put("govBgtEcoCode", "50502");
        line.put("fundTypeCode", "111");
        line.put("sourceTypeCode", "1");
        line.put("amount", new BigDecimal(amount));
        line.put("docNo", "埔财预〔2023〕1号");
        line.put("docDate", "2023-01-10");
        return line;
    }

    static Map<String, Object> adjustment(String bgtId, Map<String, Object> original, String amount) {
        Map<String, Object> adjustment = new LinkedHashMap<>(original);
        adjustment.put("bgtId", bgtId);
        adjustment.put("oriBgtId", original.get("bgtId"));
        adjustment.put("sourceTypeCode", "2");
        adjustment.put("amount", new BigDecimal(amount));
        adjustment.put("docNo", "埔财预〔2023〕9号");
        adjustment.put("docDate", "2023-07-01");
        return adjustment;
    }

    static Map<String, Object> payment(String payAppId, String bgtId, String agencyCode, String amount, String date) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("payAppId", payAppId);
        payment.put("payCertNo", "PZ-" + payAppId);
        payment.put("bgtId", bgtId);
        payment.put("agencyCode", agencyCode);
        payment.put("fiscalYear", 2023);
        payment.put("xpayAmt", new BigDecimal(amount));
        payment.put("payDate", date);
        payment.put("useDes", "办公用品采购");
        return payment;
    }

    static Map<String, Object> reversal(String payAppId, Map<String, Object> original, String amount, String date) {
        Map<String, Object> reversal = payment(payAppId, (String) original.get("bgtId"),
                (String) original.get("agencyCode"), amount, date);
        reversal.put("oriPayAppId", original.get("payAppId"));
        reversal.put("useDes", "退款");
        return reversal;
    }

    static Map<String, Object> batch(Object items) {
        return Map.of("items", items);
    }
}
