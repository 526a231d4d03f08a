package cn.jixiao.budget;

import static cn.jixiao.budget.Api.batch;
import static cn.jixiao.budget.Api.financeSystem;
import static cn.jixiao.budget.Api.line;
import static cn.jixiao.budget.Api.payment;
import static cn.jixiao.budget.Api.reversal;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/** Bad input is refused with problem+json naming the item, field and reason, and nothing of it is stored. */
@QuarkusTest
class IngestValidationTest {

    private static final String PROBLEM = "application/problem+json";
    private String agency;

    @BeforeEach
    void agencyWithOneLine() {
        agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        financeSystem().body(line(agency + "-L1", agency, "10000.00")).post("/api/v1/budget-lines")
                .then().statusCode(201);
        financeSystem().body(payment(agency + "-P0", agency + "-L1", agency, "600.00", "2023-02-01"))
                .post("/api/v1/payments").then().statusCode(201);
    }

    @Test
    void aBatchOfAThousandWithOneBadItemStoresNothingAndNamesIt() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(payment(agency + "-B" + i, agency + "-L1", agency, "1.00", "2023-06-01"));
        }
        items.get(637).put("payDate", "2024-01-02");

        financeSystem().body(batch(items)).post("/api/v1/payments/batch")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:jixiao:problem:validation"))
                .body("detail", containsString("未保存任何数据"))
                .body("errors", hasSize(1))
                .body("errors[0].index", equalTo(637))
                .body("errors[0].field", equalTo("payDate"))
                .body("errors[0].code", equalTo("DATE_OUTSIDE_YEAR"))
                .body("errors[0].message", containsString("2023"));

        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                .then().statusCode(200).body("total", equalTo(1));
        assertEquals(3, LedgerTopic.eventsOf(agency, 4, java.time.Duration.ofSeconds(3), java.time.Duration.ZERO).size(),
                "only the registration, the line and the first payment were published");
    }

    @Test
    void everyBadItemOfABatchIsListed() {
        List<Map<String, Object>> items = List.of(
                payment(agency + "-C0", agency + "-L1", agency, "1.005", "2023-06-01"),
                payment(agency + "-C1", agency + "-L1", agency, "5.00", "2023-06-01"),
                payment(agency + "-C2", agency + "-NOPE", agency, "5.00", "2023-06-01"));
        financeSystem().body(batch(items)).post("/api/v1/payments/batch")
                .then().statusCode(422)
                .body("errors.index", equalTo(List.of(0, 2)))
                .body("errors.field", equalTo(List.of("xpayAmt", "bgtId")))
                .body("errors.code", equalTo(List.of("INVALID_SCALE", "UNKNOWN_BUDGET_LINE")));
    }

    @Test
    void theSameIdWithDifferentContentIsAConflictNamingTheFields() {
        Map<String, Object> changed = line(agency + "-L1", agency, "12000.00");
        changed.put("docNo", "埔财预〔2023〕2号");
        financeSystem().body(changed).post("/api/v1/budget-lines")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:jixiao:problem:conflict"))
                .body("errors.field", equalTo(List.of("amount", "docNo")))
                .body("errors.code", equalTo(List.of("CONFLICT", "CONFLICT")));
        financeSystem().body(payment(agency + "-P0", agency + "-L1", agency, "600.01", "2023-02-01"))
                .post("/api/v1/payments")
                .then().statusCode(409).body("errors.field", equalTo(List.of("xpayAmt")));
        // the same content with an amount written differently is still a duplicate
        financeSystem().body(payment(agency + "-P0", agency + "-L1", agency, "600.0", "2023-02-01"))
                .post("/api/v1/payments")
                .then().statusCode(200).body("status", equalTo("duplicate"));
    }

    static Stream<Arguments> badPayments() {
        return Stream.of(
                bad("payAppId", "REQUIRED", p -> p.remove("payAppId")),
                bad("xpayAmt", "ZERO_AMOUNT", p -> p.put("xpayAmt", 0)),
                bad("xpayAmt", "INVALID_SIGN", p -> p.put("xpayAmt", -5)),
                bad("xpayAmt", "INVALID_SCALE", p -> p.put("xpayAmt", 10.123)),
                bad("agencyCode", "INVALID_FORMAT", p -> p.put("agencyCode", "no spaces!")),
                bad("fiscalYear", "MISMATCH", p -> {
                    p.put("fiscalYear", 2024);
                    p.put("payDate", "2024-03-01");
                }),
                bad("payDate", "DATE_OUTSIDE_YEAR", p -> p.put("payDate", "2022-12-31")),
                bad("useDes", "REQUIRED", p -> p.put("useDes", " ")),
                bad("oriPayAppId", "UNKNOWN_PAYMENT", p -> {
                    p.put("oriPayAppId", "NOPE");
                    p.put("xpayAmt", -1);
                }));
    }

    private static Arguments bad(String field, String code, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, code, change);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badPayments")
    void aBadPaymentIsRefusedNamingItsField(String field, String code, Consumer<Map<String, Object>> change) {
        Map<String, Object> payment = payment(agency + "-X", agency + "-L1", agency, "100.00", "2023-05-05");
        change.accept(payment);
        financeSystem().body(payment).post("/api/v1/payments")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem(field))
                .body("errors.code", hasItem(code))
                .body("errors[0].index", equalTo(null));
    }

    @Test
    void aReversalNeverExceedsWhatRemainsOfTheOriginal() {
        Map<String, Object> original = payment(agency + "-P0", agency + "-L1", agency, "600.00", "2023-02-01");
        financeSystem().body(reversal(agency + "-R1", original, "-400.00", "2023-02-03")).post("/api/v1/payments")
                .then().statusCode(201);
        financeSystem().body(reversal(agency + "-R2", original, "-200.01", "2023-02-04")).post("/api/v1/payments")
                .then().statusCode(422).body("errors[0].code", equalTo("REVERSAL_EXCEEDS_ORIGINAL"))
                .body("errors[0].message", containsString("200.00"));
    }

    @Test
    void aPaymentMayNotDrawOnAnotherAgencysLine() {
        String other = Api.newAgencyCode();
        Api.registerAgency(other);
        financeSystem().body(payment(other + "-P1", agency + "-L1", other, "10.00", "2023-05-05"))
                .post("/api/v1/payments")
                .then().statusCode(422).body("errors[0].field", equalTo("bgtId"))
                .body("errors[0].code", equalTo("MISMATCH"));
    }

    @Test
    void budgetLinesAndAdjustmentsFollowTheirRules() {
        Map<String, Object> unknownAgency = line("L-UNKNOWN-" + agency, "NOBODY999", "1.00");
        financeSystem().body(unknownAgency).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors[0].code", equalTo("UNKNOWN_AGENCY"));
        Map<String, Object> original = line(agency + "-L1", agency, "10000.00");
        Map<String, Object> tooDeep = Api.adjustment(agency + "-A1", original, "-10000.01");
        financeSystem().body(tooDeep).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors[0].code", equalTo("NEGATIVE_BALANCE"));
        Map<String, Object> reclassified = Api.adjustment(agency + "-A2", original, "100.00");
        reclassified.put("depBgtEcoCode", "30202");
        financeSystem().body(reclassified).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors[0].field", equalTo("depBgtEcoCode"))
                .body("errors[0].code", equalTo("MISMATCH"));
        Map<String, Object> project = line(agency + "-L9", agency, "100.00");
        project.put("proCatCode", "3");
        financeSystem().body(project).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors.field", equalTo(List.of("proCode", "proName")));
    }

    /** Sends a body over the 10 MB limit announcing itself with Expect: 100-continue, as a careful client would. */
    private static int postOversized(int bytes) throws Exception {
        java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/v1/payments/batch");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri)
                .expectContinue(true)
                .header("Authorization", "Bearer " + Api.FINANCE_SYSTEM)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x".repeat(bytes)))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void malformedBodiesGetAClearFourHundred() throws Exception {
        financeSystem().body("{\"items\": [").post("/api/v1/payments/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].code", equalTo("MALFORMED"));
        Map<String, Object> extra = payment(agency + "-U", agency + "-L1", agency, "1.00", "2023-05-05");
        extra.put("amountt", 3);
        financeSystem().body(batch(List.of(extra))).post("/api/v1/payments/batch")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].index", equalTo(0))
                .body("errors[0].field", equalTo("amountt"));
        Map<String, Object> wrongType = payment(agency + "-W", agency + "-L1", agency, "1.00", "2023-05-05");
        wrongType.put("xpayAmt", "一百元");
        financeSystem().body(wrongType).post("/api/v1/payments")
                .then().statusCode(400).body("errors[0].code", equalTo("INVALID_TYPE"))
                .body("errors[0].field", equalTo("xpayAmt"));
        Map<String, Object> badDate = payment(agency + "-D", agency + "-L1", agency, "1.00", "2023-02-30");
        financeSystem().body(badDate).post("/api/v1/payments")
                .then().statusCode(400).body("errors[0].field", equalTo("payDate"));
        financeSystem().body(Map.of("items", List.of())).post("/api/v1/payments/batch")
                .then().statusCode(422).body("errors[0].field", equalTo("items"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(Map.of("payAppId", "Z" + i));
        }
        financeSystem().body(batch(tooMany)).post("/api/v1/payments/batch")
                .then().statusCode(422).body("errors[0].code", equalTo("BATCH_SIZE"));
        assertEquals(413, postOversized(11 * 1024 * 1024));
        financeSystem().contentType("text/plain").body("hello").post("/api/v1/payments")
                .then().statusCode(415).body("type", startsWith("urn:jixiao:problem:"));
    }

    static Stream<Arguments> wronglyTypedLineFields() {
        return Stream.of(
                Arguments.of("docDate", 19000),
                Arguments.of("docDate", 4294967296000L),
                Arguments.of("docDate", "2023/01/10"),
                Arguments.of("amount", "100.50"),
                Arguments.of("amount", true),
                Arguments.of("docNo", 12345),
                Arguments.of("proCatCode", 2),
                Arguments.of("fiscalYear", "2023"),
                Arguments.of("fiscalYear", 4294967296L),
                Arguments.of("agencyCode", List.of("a")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wronglyTypedLineFields")
    void aValueOfTheWrongJsonTypeIsABadRequestNamingTheField(String field, Object value) {
        Map<String, Object> line = line(agency + "-TYPED", agency, "100.50");
        line.put(field, value);
        financeSystem().body(line).post("/api/v1/budget-lines")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:jixiao:problem:malformed"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
        financeSystem().body(batch(List.of(line))).post("/api/v1/budget-lines/batch")
                .then().statusCode(400).body("errors[0].field", equalTo(field)).body("errors[0].index", equalTo(0));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/budget-lines")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedNamingTheField() {
        Map<String, Object> payment = payment(agency + "-NUL", agency + "-L1", agency, "1.00", "2023-05-05");
        payment.put("useDes", "办公\u0000用品");
        financeSystem().body(payment).post("/api/v1/payments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("useDes"))
                .body("errors[0].code", equalTo("INVALID_CHARACTER"));
        Map<String, Object> line = line(agency + "-L\u0001", agency, "1.00");
        financeSystem().body(batch(List.of(line(agency + "-OK", agency, "1.00"), line)))
                .post("/api/v1/budget-lines/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("bgtId")).body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("INVALID_CHARACTER"));
        financeSystem().body("{\"payAppId\":\"\\ud800\"}").post("/api/v1/payments")
                .then().statusCode(400).body("errors[0].field", equalTo("payAppId"))
                .body("errors[0].code", equalTo("INVALID_CHARACTER"));
        // a tab is text, but no code or id holds one
        Map<String, Object> tabbed = line(agency + "-L\t2", agency, "1.00");
        financeSystem().body(tabbed).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors[0].field", equalTo("bgtId"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
        Map<String, Object> reversal = reversal(agency + "-R9", payment(agency + "-P0", agency + "-L1", agency,
                "600.00", "2023-02-01"), "-1.00", "2023-03-01");
        reversal.put("oriPayAppId", "P0\t");
        financeSystem().body(reversal).post("/api/v1/payments")
                .then().statusCode(422).body("errors.field", hasItem("oriPayAppId"));
        financeSystem().urlEncodingEnabled(false)
                .body(Map.of("agencyName", "单位", "mofDivCode", "441422", "authorizedStaff", 1, "actualStaff", 1))
                .put("/api/v1/agencies/T1%00").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("agencyCode")).body("errors[0].code", equalTo("INVALID_FORMAT"));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                .then().statusCode(200).body("total", equalTo(1));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/budget-lines")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aDuplicatedKeyIsABadRequestNamingIt() {
        String item = "{\"payAppId\":\"" + agency + "-DUP\",\"payCertNo\":\"PZ-1\",\"bgtId\":\"" + agency
                + "-L1\",\"agencyCode\":\"" + agency + "\",\"fiscalYear\":2023,\"xpayAmt\":1.00,\"xpayAmt\":900.00,"
                + "\"payDate\":\"2023-05-05\",\"useDes\":\"办公\"}";
        financeSystem().body(item).post("/api/v1/payments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:jixiao:problem:malformed"))
                .body("errors[0].field", equalTo("xpayAmt"))
                .body("errors[0].code", equalTo("DUPLICATE_FIELD"));
        financeSystem().body("{\"items\":[" + item.replace("-DUP", "-DUP0").replace(",\"xpayAmt\":900.00", "") + ","
                + item + "]}").post("/api/v1/payments/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("xpayAmt")).body("errors[0].index", equalTo(1));
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void implausibleAmountsAreRefusedAboveTheCeiling() {
        String over = "1000000000000.00";
        financeSystem().body(line(agency + "-BIG", agency, over)).post("/api/v1/budget-lines")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"))
                .body("errors[0].message", containsString("999999999999.99"));
        Map<String, Object> original = line(agency + "-L1", agency, "10000.00");
        financeSystem().body(Api.adjustment(agency + "-ABIG", original, "-" + over)).post("/api/v1/budget-lines")
                .then().statusCode(422).body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        financeSystem().body(payment(agency + "-PBIG", agency + "-L1", agency, over, "2023-05-05"))
                .post("/api/v1/payments")
                .then().statusCode(422).body("errors[0].field", equalTo("xpayAmt"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        Map<String, Object> paid = payment(agency + "-P0", agency + "-L1", agency, "600.00", "2023-02-01");
        financeSystem().body(reversal(agency + "-RBIG", paid, "-1E+400", "2023-03-01")).post("/api/v1/payments")
                .then().statusCode(422).body("errors[0].field", equalTo("xpayAmt"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        financeSystem().body(Map.of("agencyCode", agency, "snapshotDate", "2023-12-31",
                        "totalOriginalValue", new java.math.BigDecimal(over), "inUseOriginalValue", 1))
                .post("/api/v1/asset-snapshots")
                .then().statusCode(422).body("errors[0].field", equalTo("totalOriginalValue"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        financeSystem().body(line(agency + "-MAX", agency, "999999999999.99")).post("/api/v1/budget-lines")
                .then().statusCode(201);
        Api.as(Api.FINANCE_BUREAU).get("/api/v1/agencies/" + agency + "/years/2023/payments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void aBatchThatWaitsTooLongForAnAgencyLockIsAServiceUnavailableWithRetryAfter() throws Exception {
        Map<String, Object> payment = payment(agency + "-LOCKED", agency + "-L1", agency, "5.00", "2023-05-05");
        try (java.sql.Connection holder = dataSource.getConnection()) {
            try (java.sql.Statement frozen = holder.createStatement()) {
                // the frozen holder is not closed for idling in its transaction while the batch waits
                frozen.execute("set idle_in_transaction_session_timeout = 0");
            }
            holder.setAutoCommit(false);
            try (java.sql.PreparedStatement lock = holder.prepareStatement(
                    "select agency_code from agency where agency_code = ? for update")) {
                lock.setString(1, agency);
                lock.executeQuery().close();
            }
            // a frozen instance holds the agency's row lock: the batch gives up after lock_timeout (3 s in tests)
            financeSystem().body(batch(List.of(payment))).post("/api/v1/payments/batch")
                    .then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:jixiao:problem:lock-timeout"))
                    .body("detail", containsString("重新提交同一请求"));
            holder.rollback();
        }
        financeSystem().body(batch(List.of(payment))).post("/api/v1/payments/batch")
                .then().statusCode(200).body("created", equalTo(1));
    }
}
