package cn.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.localstack.DevTokens;
import cn.jixiao.localstack.HostileValues;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of the service against {@link HostileValues}: each field of each body replaced by each hostile JSON
 * value or removed, whole hostile bodies, hostile path and query values, malformed department tokens. Each answer must
 * be below 500, a refusal must be a problem document (an HTML page or a problem under {@code /pages}), and a refused
 * write must leave what the GET endpoints return unchanged.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2023;
    private static final String AGENCY = "H" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    private static final String REGION = "44" + ThreadLocalRandom.current().nextInt(9000, 9999);
    private static final String FRAMEWORK = "fuzz-" + AGENCY.toLowerCase();
    private static final String BUREAU = DevTokens.mint("finance-bureau", null);
    private static final String DEPARTMENT = DevTokens.mint("department", AGENCY);
    private static final String BASE = "/api/v1/agencies/" + AGENCY + "/years/" + YEAR;
    private static final String JSON_UTF8 = "application/json; charset=UTF-8";
    private static final String SA = "self-assessments";
    private static final String DI = "department-inputs";
    private static final String PT = "performance-targets";
    private static final String FW = "framework";
    /** The inputs of per-occurrence, one-of and slot indicators (FrameworkInputsTest fuzzes their bodies). */
    private static final List<String> FRAMEWORK_INPUT_LISTS = List.of("occurrences", "one-of-choices", "slots");

    private static final Map<String, String> ASSESSMENT = fields("level", "\"achieved\"", "score", "4.5",
            "reason", "\"预算编制依据充分\"", "evidence", "[{\"title\":\"部门预算批复\",\"reference\":\"埔财预〔2023〕1号\"}]");
    private static final Map<String, String> EVIDENCE = fields("title", "\"部门预算批复\"", "reference", "\"埔财预〔2023〕1号\"");
    private static final Map<String, String> REVIEW = fields("score", "4.0", "reason", "\"论证材料不足\"");
    private static final Map<String, String> DEPARTMENT_INPUTS = fields("keyTasksPlanned", "4", "keyTasksCompleted", "4",
            "petitionsReceived", "2", "petitionsHandled", "1", "satisfactionRate", "95.00");
    private static final Map<String, String> TARGET = fields("name", "\"时政新闻播出\"", "category", "\"产出\"",
            "subcategory", "\"数量\"", "direction", "\"at-least\"", "targetValue", "1200", "actualValue", "1420",
            "unit", "\"篇\"");
    private static final Map<String, String> ASSIGNMENT = fields("frameworkId", "\"" + FRAMEWORK + "\"", "version", "\"1\"");

    private int sent;
    private int serverErrors;
    private int verificationReads;
    private final List<String> failures = new ArrayList<>();
    private Map<String, String> state;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsStored() throws IOException {
        long started = System.nanoTime();
        seed();
        state = snapshot();

        bodies();
        pathAndQueryValues();
        tokens();
        pages();

        System.out.printf("HostileInputTest: %d hostile requests sent, %d answered 5xx, %d failures, "
                + "%d verification reads, %.1f s%n", sent, serverErrors, failures.size(), verificationReads,
                (System.nanoTime() - started) / 1e9);
        assertEquals(0, serverErrors, "5xx answers:\n" + String.join("\n", failures.stream().limit(40).toList()));
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n"
                + String.join("\n", failures.stream().limit(40).toList()));
        assertTrue(sent >= 4000, "only " + sent + " requests");
    }

    // --- the hostile requests -------------------------------------------------------------------------------------

    private void bodies() throws IOException {
        String assess = BASE + "/self-assessments/1.1.1";
        bodyFields("self-assessment", assess, DEPARTMENT, ASSESSMENT);
        for (String field : EVIDENCE.keySet()) {
            for (String value : valuesAndRemoval()) {
                Map<String, String> body = new LinkedHashMap<>(ASSESSMENT);
                body.put("evidence", "[" + HostileValues.withField(EVIDENCE, field, value) + "]");
                write("self-assessment evidence[0]." + field + "=" + brief(value), "PUT", assess, DEPARTMENT,
                        HostileValues.withField(body, null, null));
            }
        }
        bodyFields("review", assess + "/review", BUREAU, REVIEW);
        bodyFields("department-inputs", BASE + "/department-inputs", DEPARTMENT, DEPARTMENT_INPUTS);
        String targets = BASE + "/performance-targets";
        for (String value : valuesAndRemoval()) {
            write("targets items=" + brief(value), "PUT", targets, DEPARTMENT,
                    HostileValues.withField(Map.of("items", "[]"), "items", value));
        }
        for (String field : TARGET.keySet()) {
            for (String value : valuesAndRemoval()) {
                write("targets items[0]." + field + "=" + brief(value), "PUT", targets, DEPARTMENT,
                        "{\"items\":[" + HostileValues.withField(TARGET, field, value) + "]}");
            }
        }
        raw("targets", targets, DEPARTMENT);
        verifyAll("targets");
        bodyFields("assignment", "/api/v1/frameworks/assignments/" + REGION + "/" + YEAR, BUREAU, ASSIGNMENT);
        bodyFields("framework", "/api/v1/frameworks/" + FRAMEWORK + "/versions/1", BUREAU, frameworkFields());
    }

    /** Each field × each hostile value and removal, each hostile value as an extra field, each raw body. */
    private void bodyFields(String label, String path, String token, Map<String, String> valid) {
        for (String field : valid.keySet()) {
            for (String value : valuesAndRemoval()) {
                write(label + " " + field + "=" + brief(value), "PUT", path, token,
                        HostileValues.withField(valid, field, value));
            }
        }
        for (String value : HostileValues.JSON_VALUES) {
            Map<String, String> extra = new LinkedHashMap<>(valid);
            extra.put("unexpected", value);
            write(label + " unexpected=" + brief(value), "PUT", path, token, HostileValues.withField(extra, null, null));
        }
        raw(label, path, token);
        verifyAll(label);
    }

    /** The raw bodies, and every hostile JSON value as the whole body. */
    private void raw(String label, String path, String token) {
        for (String body : HostileValues.RAW_BODIES) {
            write(label + " raw " + brief(body), "PUT", path, token, body);
        }
        for (String value : HostileValues.JSON_VALUES) {
            write(label + " whole body " + brief(value), "PUT", path, token, value);
        }
    }

    private void pathAndQueryValues() {
        for (String value : pathValues()) {
            String agencyBase = "/api/v1/agencies/" + value + "/years/" + YEAR;
            String yearBase = "/api/v1/agencies/" + AGENCY + "/years/" + value;
            for (String base : List.of(agencyBase, yearBase)) {
                for (String token : List.of(BUREAU, DEPARTMENT)) {
                    read("path " + base, base + "/scores", token);
                    read("path " + base, base + "/scores/history", token);
                    read("path " + base, base + "/self-assessments", token);
                    read("path " + base, base + "/department-inputs", token);
                    read("path " + base, base + "/performance-targets", token);
                    for (String list : FRAMEWORK_INPUT_LISTS) {
                        read("path " + base, base + "/" + list, token);
                    }
                }
                write("path " + base, "PUT", base + "/self-assessments/1.1.1", DEPARTMENT,
                        HostileValues.withField(ASSESSMENT, null, null));
                write("path " + base, "PUT", base + "/self-assessments/1.1.1/review", BUREAU,
                        HostileValues.withField(REVIEW, null, null));
                write("path " + base, "PUT", base + "/department-inputs", DEPARTMENT,
                        HostileValues.withField(DEPARTMENT_INPUTS, null, null));
                write("path " + base, "PUT", base + "/performance-targets", DEPARTMENT,
                        "{\"items\":[" + HostileValues.withField(TARGET, null, null) + "]}");
            }
            write("indicator " + value, "PUT", BASE + "/self-assessments/" + value, DEPARTMENT,
                    HostileValues.withField(ASSESSMENT, null, null));
            write("indicator " + value, "PUT", BASE + "/self-assessments/" + value + "/review", BUREAU,
                    HostileValues.withField(REVIEW, null, null));
            write("indicator " + value, "PUT", BASE + "/occurrences/" + value, DEPARTMENT, "{\"count\":1,\"evidence\":\"x\"}");
            write("indicator " + value, "PUT", BASE + "/occurrences/" + value, BUREAU, "{\"count\":1,\"evidence\":\"x\"}");
            write("indicator " + value, "PUT", BASE + "/one-of-choices/" + value, DEPARTMENT, "{\"alternative\":\"x\"}");
            write("indicator " + value, "PUT", BASE + "/slots/" + value, DEPARTMENT, "{\"children\":[]}");
            write("indicator " + value, "PUT", BASE + "/slots/" + value + "/review", BUREAU, "{\"decision\":\"approved\"}");
            write("indicator " + value, "PUT", BASE + "/slots/" + value + "/actuals", DEPARTMENT, "{\"items\":[]}");
            read("region year " + value, "/api/v1/years/" + value + "/scores", BUREAU);
            read("region mofDivCode " + value, "/api/v1/years/" + YEAR + "/scores?mofDivCode=" + value, BUREAU);
            read("region sort " + value, "/api/v1/years/" + YEAR + "/scores?mofDivCode=" + REGION + "&sort=" + value,
                    BUREAU);
            read("region order " + value, "/api/v1/years/" + YEAR + "/scores?order=" + value, BUREAU);
            read("framework id " + value, "/api/v1/frameworks/" + value + "/versions/1", BUREAU);
            read("framework version " + value, "/api/v1/frameworks/" + FRAMEWORK + "/versions/" + value, DEPARTMENT);
            String document = frameworkDocument().toString();
            write("framework id " + value, "PUT", "/api/v1/frameworks/" + value + "/versions/1", BUREAU, document);
            write("framework version " + value, "PUT", "/api/v1/frameworks/" + FRAMEWORK + "/versions/" + value,
                    BUREAU, document);
            String assignment = HostileValues.withField(ASSIGNMENT, null, null);
            write("assignment region " + value, "PUT", "/api/v1/frameworks/assignments/" + value + "/" + YEAR, BUREAU,
                    assignment);
            write("assignment year " + value, "PUT", "/api/v1/frameworks/assignments/" + REGION + "/" + value, BUREAU,
                    assignment);
        }
        verifyAll("hostile path and query values");
    }

    private void tokens() {
        List<String> malformed = HostileValues.malformedDepartmentTokens();
        for (int i = 0; i < malformed.size(); i++) {
            String token = malformed.get(i);
            String label = "token #" + i;
            String longCode = "4".repeat(33);
            for (String base : List.of(BASE, "/api/v1/agencies/" + longCode + "/years/" + YEAR)) {
                read(label, base + "/scores", token);
                read(label, base + "/scores/history", token);
                read(label, base + "/self-assessments", token);
                read(label, base + "/department-inputs", token);
                read(label, base + "/performance-targets", token);
                for (String list : FRAMEWORK_INPUT_LISTS) {
                    read(label, base + "/" + list, token);
                }
                write(label, "PUT", base + "/self-assessments/1.1.1", token, HostileValues.withField(ASSESSMENT, null, null));
                write(label, "PUT", base + "/department-inputs", token,
                        HostileValues.withField(DEPARTMENT_INPUTS, null, null));
                write(label, "PUT", base + "/performance-targets", token,
                        "{\"items\":[" + HostileValues.withField(TARGET, null, null) + "]}");
            }
            read(label, "/api/v1/years/" + YEAR + "/scores", token);
            read(label, "/api/v1/frameworks/" + FRAMEWORK + "/versions/1", token);
            for (String page : List.of("/pages/", "/pages/agencies/" + AGENCY + "/years/" + YEAR,
                    "/pages/agencies/" + longCode + "/years/" + YEAR, "/pages/years/" + YEAR + "/regions/" + REGION)) {
                read(label, page, token);
                check(label + " cookie", given().urlEncodingEnabled(false).redirects().follow(false)
                        .cookie("jixiao_token", token).get(page), page);
            }
            check(label + " login link", given().urlEncodingEnabled(false).redirects().follow(false)
                    .queryParam("token", token).get("/pages/login"), "/pages/login");
        }
        verifyAll("malformed tokens");
    }

    private void pages() {
        for (String value : pathValues()) {
            read("page agency " + value, "/pages/agencies/" + value + "/years/" + YEAR, BUREAU);
            read("page year " + value, "/pages/agencies/" + AGENCY + "/years/" + value, DEPARTMENT);
            read("page region year " + value, "/pages/years/" + value + "/regions/" + REGION, BUREAU);
            read("page region " + value, "/pages/years/" + YEAR + "/regions/" + value, BUREAU);
            read("page sort " + value, "/pages/years/" + YEAR + "/regions/" + REGION + "?sort=" + value, BUREAU);
            read("page order " + value, "/pages/years/" + YEAR + "/regions/" + REGION + "?order=" + value, BUREAU);
            read("page home " + value, "/pages/?x=" + value, DEPARTMENT);
            read("login next " + value, "/pages/login?next=" + value, null);
            read("login expired " + value, "/pages/login?expired=" + value, null);
            read("login link next " + value, "/pages/login?token=" + DEPARTMENT + "&next=" + value, null);
            read("login token " + value, "/pages/login?token=" + value + "&next=/pages/", null);
            read("no token " + value, "/pages/agencies/" + AGENCY + "/years/" + YEAR + "?q=" + value, null);
        }
        for (String value : hostileStrings()) {
            login("login form token " + brief(value), Map.of("token", value, "next", "/pages/"));
            login("login form next " + brief(value), Map.of("token", DEPARTMENT, "next", value));
            login("login form next /pages/" + brief(value), Map.of("token", DEPARTMENT, "next", "/pages/" + value));
            login("login form next only " + brief(value), Map.of("next", value));
        }
        verifyAll("pages");
    }

    // --- sending and checking ----------------------------------------------------------------------------------------

    private void read(String label, String url, String token) {
        RequestSpecification spec = given().urlEncodingEnabled(false).redirects().follow(false);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        check(label, spec.get(url), url);
    }

    /**
     * A write; when accepted, what it wrote (and the scores it recalculated) becomes the expected state, when refused
     * the resource it addressed must read back unchanged.
     */
    private void write(String label, String method, String url, String token, String body) {
        RequestSpecification spec = given().urlEncodingEnabled(false).redirects().follow(false)
                .contentType(JSON_UTF8).body(body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            spec.auth().oauth2(token);
        }
        Response response = spec.request(method, url);
        check(label, response, url);
        String resource = url.contains("/frameworks/assignments/") ? null : url.contains("/frameworks/") ? FW
                : url.contains("/self-assessments") ? SA : url.contains("/department-inputs") ? DI
                : url.contains("/performance-targets") ? PT : null;
        if (resource == null) {
            return;
        }
        if (response.statusCode() < 300) {
            state.put(resource, read(resource));
            if (!resource.equals(FW)) {
                state.put("scores", read("scores"));
                state.put("history", read("history"));
            }
        } else {
            String after = read(resource);
            if (!after.equals(state.get(resource))) {
                failures.add(label + " → " + response.statusCode() + " but changed " + resource + ": "
                        + brief(state.get(resource)) + " ⇒ " + brief(after));
                state.put(resource, after);
            }
        }
    }

    private void login(String label, Map<String, String> form) {
        RequestSpecification spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        form.forEach(spec::formParam);
        check(label, spec.post("/pages/login"), "/pages/login");
    }

    private void check(String label, Response response, String url) {
        sent++;
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        String what = label + " (" + brief(url) + ") → " + status + " " + type;
        if (status >= 500) {
            serverErrors++;
            failures.add(what + " " + brief(response.asString()));
            return;
        }
        String nosniff = response.header("X-Content-Type-Options");
        if (!"nosniff".equals(nosniff)) {
            failures.add(what + ": no X-Content-Type-Options: nosniff");
        }
        boolean page = url.startsWith("/pages");
        if (status >= 300 && status < 400) {
            String location = response.header("Location");
            if (location == null || !location.startsWith("/") || location.startsWith("//")) {
                failures.add(what + ": redirect to " + location);
            }
        }
        if (status >= 400) {
            if (type.startsWith("application/problem+json")) {
                try {
                    JsonNode problem = JSON.readTree(response.asByteArray());
                    if (problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
                        failures.add(what + ": problem without matching status/title " + brief(response.asString()));
                    }
                } catch (IOException e) {
                    failures.add(what + ": unreadable problem " + brief(response.asString()));
                }
            } else if (!(page && type.startsWith("text/html"))) {
                failures.add(what + ": not a problem document " + brief(response.asString()));
            }
        }
        if (type.startsWith("text/html")) {
            String html = response.asString();
            if (html.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)) {
                failures.add(what + ": control character in the page");
            }
            if (response.header("Content-Security-Policy") == null || !"DENY".equals(response.header("X-Frame-Options"))) {
                failures.add(what + ": page without security headers");
            }
        }
    }

    /** What the GET endpoints return for the agency-year and the fuzzed framework version, by resource. */
    private static final Map<String, String> READS = fields(SA, BASE + "/self-assessments", DI, BASE + "/department-inputs",
            PT, BASE + "/performance-targets", "scores", BASE + "/scores", "history", BASE + "/scores/history",
            FW, "/api/v1/frameworks/" + FRAMEWORK + "/versions/1");

    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        READS.keySet().forEach(resource -> state.put(resource, read(resource)));
        return state;
    }

    private String read(String resource) {
        verificationReads++;
        return given().auth().oauth2(BUREAU).get(READS.get(resource)).asString();
    }

    /** Between the per-request checks of one resource: everything the GET endpoints return is as last seen. */
    private void verifyAll(String label) {
        Map<String, String> after = snapshot();
        if (!after.equals(state)) {
            failures.add("after " + label + " what GET returns changed: " + difference(state, after));
            state = after;
        }
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        for (String key : before.keySet()) {
            if (!before.get(key).equals(after.get(key))) {
                return key + ": " + brief(before.get(key)) + " ⇒ " + brief(after.get(key));
            }
        }
        return "?";
    }

    // --- the fixture ---------------------------------------------------------------------------------------------

    /** A self-assessment (reviewed), department inputs, a target and a framework version for the region. */
    private void seed() {
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body(HostileValues.withField(ASSESSMENT, null, null))
                .put(BASE + "/self-assessments/1.1.1").then().statusCode(200);
        given().auth().oauth2(BUREAU).contentType(JSON_UTF8).body(HostileValues.withField(REVIEW, null, null))
                .put(BASE + "/self-assessments/1.1.1/review").then().statusCode(200);
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body(HostileValues.withField(DEPARTMENT_INPUTS, null, null))
                .put(BASE + "/department-inputs").then().statusCode(200);
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body("{\"items\":[" + HostileValues.withField(TARGET, null, null) + "]}")
                .put(BASE + "/performance-targets").then().statusCode(200);
        given().auth().oauth2(BUREAU).contentType(JSON_UTF8).body(frameworkDocument().toString())
                .put("/api/v1/frameworks/" + FRAMEWORK + "/versions/1").then().statusCode(201);
    }

    private static ObjectNode frameworkDocument() {
        try (InputStream in = HostileInputTest.class.getClassLoader()
                .getResourceAsStream("frameworks/county-department-overall-default.json")) {
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            return document.put("id", FRAMEWORK).put("version", "1").put("mofDivCode", REGION);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> frameworkFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        frameworkDocument().fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().toString()));
        return fields;
    }

    // --- the hostile values ----------------------------------------------------------------------------------------

    private static List<String> valuesAndRemoval() {
        List<String> values = new ArrayList<>(HostileValues.JSON_VALUES);
        values.add(null);
        return values;
    }

    /** The hostile strings of {@link HostileValues#JSON_VALUES}, decoded, with the characters that broke the login. */
    private static List<String> hostileStrings() {
        Set<String> strings = new LinkedHashSet<>(List.of(" ", "/pages/ x", "/pages/<x>", "/pages/\"", "/pages/{x}",
                "/pages/|", "//evil.example/", "/\\evil.example", "https://evil.example/", "/pages/../q/health",
                "token\r\nSet-Cookie: x=1"));
        for (String value : HostileValues.JSON_VALUES) {
            try {
                JsonNode node = JSON.readTree(value);
                if (node.isTextual()) {
                    strings.add(node.textValue());
                }
            } catch (IOException e) {
                // numbers beyond double range and the like are not strings
            }
        }
        return new ArrayList<>(strings);
    }

    /** The hostile path values, and the hostile strings percent-encoded as a path segment or query value. */
    private static List<String> pathValues() {
        Set<String> values = new LinkedHashSet<>(HostileValues.PATH_VALUES);
        for (String value : hostileStrings()) {
            if (!value.isEmpty() && value.length() < 400) {
                values.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return new ArrayList<>(values);
    }

    private static Map<String, String> fields(String... namesAndLiterals) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLiterals.length; i += 2) {
            fields.put(namesAndLiterals[i], namesAndLiterals[i + 1]);
        }
        return fields;
    }

    private static String brief(String value) {
        if (value == null) {
            return "(removed)";
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(c -> escaped.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c)
                : new String(Character.toChars(c))));
        return escaped.toString();
    }

    // --- focused checks of issue 8 -------------------------------------------------------------------------------

    @Test
    void theRefusalsOfIssue8NameTheField() {
        String targets = BASE + "/performance-targets";
        String tooLong = "{\"items\":[" + HostileValues.withField(TARGET, "subcategory", "\"数量数量数量数量数\"") + "]}";
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body(tooLong).put(targets).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("subcategory")).body("errors.index", hasItem(0))
                .body("errors.code", hasItem("TOO_LONG"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body("{\"items\":[" + HostileValues.withField(TARGET, "targetValue", "1e20") + "]}").put(targets)
                .then().statusCode(422).body("errors.field", hasItem("targetValue")).body("errors.index", hasItem(0))
                .body("errors.code", hasItem("OUT_OF_RANGE"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body("{\"items\":[" + HostileValues.withField(TARGET, "category", "null") + "]}").put(targets)
                .then().statusCode(422).body("errors.field", hasItem("category")).body("errors.index", hasItem(0));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body("{\"items\":[" + HostileValues.withField(TARGET, "unit", "\"a\\u0000b\"") + "]}").put(targets)
                .then().statusCode(400).body("errors[0].index", equalTo(0)).body("errors[0].field", equalTo("unit"))
                .body("errors[0].code", equalTo("INVALID_CHARACTER"));

        String inputs = BASE + "/department-inputs";
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body("{\"keyTasksPlanned\":123.456}").put(inputs)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("keyTasksPlanned")).body("errors[0].code", equalTo("INVALID_TYPE"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body("{\"keyTasksPlanned\":\"12\"}").put(inputs)
                .then().statusCode(400).body("errors[0].field", equalTo("keyTasksPlanned"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body("{\"satisfactionRate\":\"95\"}").put(inputs)
                .then().statusCode(400).body("errors[0].field", equalTo("satisfactionRate"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body("{\"keyTasksPlanned\":1,\"keyTasksPlanned\":2}").put(inputs)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("DUPLICATE_FIELD")).body("errors[0].field", equalTo("keyTasksPlanned"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8).body("{\"keyTasksPlanned\":9223372036854775808}")
                .put(inputs).then().statusCode(400).body("errors[0].field", equalTo("keyTasksPlanned"));
        given().auth().oauth2(DEPARTMENT).contentType(JSON_UTF8)
                .body(HostileValues.withField(ASSESSMENT, "level", "1")).put(BASE + "/self-assessments/1.1.1")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));

        given().urlEncodingEnabled(false).auth().oauth2(DEPARTMENT).get(BASE + "/self-assessments?x=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("INVALID_CHARACTER"));
        given().urlEncodingEnabled(false).auth().oauth2(BUREAU).get("/api/v1/agencies/a%00b/years/2023/scores")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(BUREAU).get("/api/v1/agencies/" + AGENCY + "/years/99999/scores")
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));

        for (String token : HostileValues.malformedDepartmentTokens()) {
            Supplier<RequestSpecification> as = () -> given().auth().oauth2(token);
            int status = as.get().get(BASE + "/department-inputs").then().contentType("application/problem+json")
                    .extract().statusCode();
            assertTrue(status == 401 || status == 403, "malformed agency claim answered " + status);
        }
        String longClaim = "4".repeat(33);
        given().auth().oauth2(DevTokens.mint("department", longClaim)).contentType(JSON_UTF8)
                .body("{\"keyTasksPlanned\":1}").put("/api/v1/agencies/" + longClaim + "/years/2023/department-inputs")
                .then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
    }
}
