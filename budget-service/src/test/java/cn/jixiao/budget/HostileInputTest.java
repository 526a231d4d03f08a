package cn.jixiao.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.localstack.HostileValues;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/**
 * Sends thousands of hostile requests to every write and read endpoint (every field of every body replaced by every
 * hostile JSON value or removed, hostile whole bodies, path and query values, malformed department tokens) and checks
 * that none is answered with a 5xx, that every 4xx is a problem+json, and that the refused requests stored nothing:
 * the ledger and outbox grow by exactly what the few accepted ones (a hostile value that happens to be valid, such as
 * {@code "abc"} as a text) report as created or updated.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINANCE_SYSTEM = Api.FINANCE_SYSTEM;
    private static final String FINANCE_BUREAU = Api.FINANCE_BUREAU;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private int sent;
    private int serverErrors;
    private long createdRows;
    private long events;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileRequestGetsAFiveHundredOrStoresAnything() throws Exception {
        base = RestAssured.baseURI + ":" + RestAssured.port;
        String agency = Api.newAgencyCode();
        String registry = Api.newAgencyCode();
        Api.registerAgency(agency);
        Api.registerAgency(registry);
        Api.financeSystem().body(Api.line(agency + "-L1", agency, "10000.00")).post("/api/v1/budget-lines")
                .then().statusCode(201);
        Api.financeSystem().body(Api.payment(agency + "-P0", agency + "-L1", agency, "600.00", "2023-02-01"))
                .post("/api/v1/payments").then().statusCode(201);
        long[] before = counts();
        long started = System.nanoTime();

        fuzzBodies("PUT", "/api/v1/agencies/" + registry, null, n -> agencyFields(registry, false));
        fuzzBodies("POST", "/api/v1/agencies/batch", null, n -> agencyFields(registry, true));
        fuzzBodies("POST", "/api/v1/budget-lines", "/api/v1/budget-lines/batch", n -> lineFields(agency, n));
        fuzzBodies("POST", "/api/v1/budget-lines", "/api/v1/budget-lines/batch", n -> adjustmentFields(agency, n));
        fuzzBodies("POST", "/api/v1/payments", "/api/v1/payments/batch", n -> paymentFields(agency, n));
        fuzzBodies("POST", "/api/v1/payments", "/api/v1/payments/batch", n -> reversalFields(agency, n));
        fuzzBodies("POST", "/api/v1/asset-snapshots", "/api/v1/asset-snapshots/batch", n -> snapshotFields(agency, n));

        for (String batch : List.of("/api/v1/agencies/batch", "/api/v1/budget-lines/batch", "/api/v1/payments/batch",
                "/api/v1/asset-snapshots/batch")) {
            send("POST", batch, FINANCE_SYSTEM, "{}");
            for (String value : HostileValues.JSON_VALUES) {
                send("POST", batch, FINANCE_SYSTEM, "{\"items\":" + value + "}");
                send("POST", batch, FINANCE_SYSTEM, "{\"items\":[" + value + "]}");
            }
        }
        for (String path : List.of("/api/v1/agencies/" + registry, "/api/v1/agencies/batch", "/api/v1/budget-lines",
                "/api/v1/budget-lines/batch", "/api/v1/payments", "/api/v1/payments/batch", "/api/v1/asset-snapshots",
                "/api/v1/asset-snapshots/batch")) {
            String method = path.equals("/api/v1/agencies/" + registry) ? "PUT" : "POST";
            for (String raw : HostileValues.RAW_BODIES) {
                send(method, path, FINANCE_SYSTEM, raw);
            }
        }

        String agencyBody = "{\"agencyName\":\"路径测试单位\",\"mofDivCode\":\"441422\",\"authorizedStaff\":1,\"actualStaff\":1}";
        List<String> reads = List.of("execution", "budget-lines", "payments");
        for (String value : HostileValues.PATH_VALUES) {
            send("PUT", "/api/v1/agencies/" + value, FINANCE_SYSTEM, agencyBody);
            for (String read : reads) {
                send("GET", "/api/v1/agencies/" + value + "/years/2023/" + read, FINANCE_BUREAU, null);
                send("GET", "/api/v1/agencies/" + agency + "/years/" + value + "/" + read, FINANCE_BUREAU, null);
            }
            for (String list : List.of("budget-lines", "payments")) {
                for (String param : List.of("proCode", "economicClass", "page", "size")) {
                    send("GET", "/api/v1/agencies/" + agency + "/years/2023/" + list + "?" + param + "=" + value,
                            FINANCE_BUREAU, null);
                }
                send("GET", "/api/v1/agencies/" + agency + "/years/2023/" + list + "?page=" + value + "&size=" + value,
                        FINANCE_BUREAU, null);
            }
        }
        send("GET", "/api/v1/agencies/" + agency + "/years/2023/payments?page=2147483647&size=500", FINANCE_BUREAU, null);
        send("GET", "/api/v1/agencies/" + agency + "/years/2023/budget-lines?page=4294967&size=500", FINANCE_BUREAU, null);

        List<String> tokens = new ArrayList<>(HostileValues.malformedDepartmentTokens());
        tokens.addAll(List.of("x", "a.b.c", "e30.e30.", "Bearer", "x".repeat(8000)));
        for (String token : tokens) {
            for (String read : reads) {
                send("GET", "/api/v1/agencies/" + agency + "/years/2023/" + read, token, null);
                send("GET", "/api/v1/agencies/" + "4".repeat(33) + "/years/2023/" + read, token, null);
                send("GET", "/api/v1/agencies/441422001/years/2023/" + read, token, null);
            }
            send("POST", "/api/v1/payments", token, JSON.writeValueAsString(Api.payment(agency + "-TK", agency + "-L1",
                    agency, "1.00", "2023-05-05")));
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        long[] after = counts();
        System.out.printf("HostileInputTest: %d hostile requests in %.1f s, %d answered 5xx; statuses %s; "
                + "accepted ones created %d rows and %d events%n", sent, seconds, serverErrors, statuses, createdRows, events);
        failures.stream().limit(40).forEach(failure -> System.out.println("  " + failure));

        assertTrue(sent >= 4000, "at least 4,000 hostile requests, sent " + sent);
        assertEquals(0, serverErrors, "requests answered 5xx");
        assertEquals(List.of(), failures.stream().limit(40).toList(), "answers that are not as documented");
        assertEquals(createdRows, after[0] - before[0], "ledger rows added beyond what the accepted requests report");
        assertEquals(events, after[1] - before[1], "outbox events added beyond what the accepted requests report");
    }

    /**
     * Each field of the body replaced by each hostile value and removed, sent as a single item and (when the endpoint
     * has one) as the only item of a batch. {@code fields} gives a valid body with keys unique to request n.
     */
    private void fuzzBodies(String method, String single, String batch, IntFunction<Map<String, String>> fields)
            throws Exception {
        List<String> values = new ArrayList<>(HostileValues.JSON_VALUES);
        values.add(null);
        for (String field : fields.apply(0).keySet()) {
            for (String value : values) {
                String item = HostileValues.withField(fields.apply(sent), field, value);
                send(method, single, FINANCE_SYSTEM, item);
                if (batch != null) {
                    item = HostileValues.withField(fields.apply(sent), field, value);
                    send("POST", batch, FINANCE_SYSTEM, "{\"items\":[" + item + "]}");
                }
            }
        }
    }

    private static Map<String, String> agencyFields(String code, boolean withCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (withCode) {
            fields.put("agencyCode", quoted(code));
        }
        fields.put("agencyName", quoted("测试单位" + code));
        fields.put("mofDivCode", quoted("441422"));
        fields.put("authorizedStaff", "10");
        fields.put("actualStaff", "9");
        return fields;
    }

    private static Map<String, String> lineFields(String agency, int n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bgtId", quoted(agency + "-HL" + n));
        fields.put("oriBgtId", "null");
        fields.put("agencyCode", quoted(agency));
        fields.put("mofDivCode", quoted("441422"));
        fields.put("fiscalYear", "2023");
        fields.put("proCode", "null");
        fields.put("proName", "null");
        fields.put("proCatCode", quoted("2"));
        fields.put("expFuncCode", quoted("2070801"));
        fields.put("depBgtEcoCode", quoted("30201"));
        fields.put("govBgtEcoCode", quoted("50502"));
        fields.put("fundTypeCode", quoted("111"));
        fields.put("sourceTypeCode", quoted("1"));
        fields.put("amount", "100.00");
        fields.put("docNo", quoted("埔财预〔2023〕1号"));
        fields.put("docDate", quoted("2023-01-10"));
        return fields;
    }

    private static Map<String, String> adjustmentFields(String agency, int n) {
        Map<String, String> fields = lineFields(agency, n);
        fields.put("bgtId", quoted(agency + "-HA" + n));
        fields.put("oriBgtId", quoted(agency + "-L1"));
        fields.put("sourceTypeCode", quoted("2"));
        fields.put("amount", "1.00");
        return fields;
    }

    private static Map<String, String> paymentFields(String agency, int n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payAppId", quoted(agency + "-HP" + n));
        fields.put("oriPayAppId", "null");
        fields.put("payCertNo", quoted("PZ-" + n));
        fields.put("bgtId", quoted(agency + "-L1"));
        fields.put("agencyCode", quoted(agency));
        fields.put("fiscalYear", "2023");
        fields.put("xpayAmt", "1.00");
        fields.put("payDate", quoted("2023-05-05"));
        fields.put("useDes", quoted("办公用品采购"));
        fields.put("contractNo", "null");
        return fields;
    }

    private static Map<String, String> reversalFields(String agency, int n) {
        Map<String, String> fields = paymentFields(agency, n);
        fields.put("payAppId", quoted(agency + "-HR" + n));
        fields.put("oriPayAppId", quoted(agency + "-P0"));
        fields.put("xpayAmt", "-0.01");
        fields.put("payDate", quoted("2023-06-01"));
        fields.put("useDes", quoted("退款"));
        return fields;
    }

    private static Map<String, String> snapshotFields(String agency, int n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agencyCode", quoted(agency));
        fields.put("snapshotDate", quoted(LocalDate.of(2001, 1, 1).plusDays(n).toString()));
        fields.put("totalOriginalValue", "100.00");
        fields.put("inUseOriginalValue", "50.00");
        return fields;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private void send(String method, String path, String token, String body) throws Exception {
        String what = method + " " + clip(path) + (body == null ? "" : " " + clip(body));
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
        } catch (IllegalArgumentException e) {
            failures.add("unsendable " + what + ": " + e.getMessage());
            return;
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
            failures.add(status + " " + what + " -> " + clip(response.body()));
            return;
        }
        if (status >= 400) {
            checkProblem(what, response);
            return;
        }
        if (status >= 200 && status < 300 && !"GET".equals(method)) {
            account(response.body());
        }
    }

    private void checkProblem(String what, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            failures.add(response.statusCode() + " without problem+json (" + type + ") " + what);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.path("type").asText().startsWith("urn:jixiao:problem:")
                    || problem.path("status").asInt() != response.statusCode()
                    || problem.path("detail").asText().isBlank()) {
                failures.add(response.statusCode() + " with an incomplete problem " + what + " -> " + clip(response.body()));
            }
        } catch (Exception e) {
            failures.add(response.statusCode() + " with an unreadable problem " + what + " -> " + clip(response.body()));
        }
    }

    /** What an accepted request stored: rows created and events emitted (created or updated items). */
    private void account(String body) throws Exception {
        JsonNode answer = JSON.readTree(body);
        if (answer.has("received")) {
            createdRows += answer.path("created").asLong();
            events += answer.path("created").asLong() + answer.path("updated").asLong();
        } else {
            String status = answer.path("status").asText();
            createdRows += "created".equals(status) ? 1 : 0;
            events += "created".equals(status) || "updated".equals(status) ? 1 : 0;
        }
    }

    /** Ledger rows (agencies, lines, payments, snapshots) and outbox rows. */
    private long[] counts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select (select count(*) from agency) + (select count(*) "
                        + "from budget_line) + (select count(*) from payment) + (select count(*) from asset_snapshot), "
                        + "(select count(*) from outbox_event)")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.length() > 160 ? text.substring(0, 160) + "…" : text;
        return shown.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n");
    }
}
