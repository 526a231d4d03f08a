package cn.jixiao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the sample department (deploy/demo/dabu-2023) the way real clients would: its 2023 ledger through
 * budget-service's API as the county finance system pushes it, then, once evaluation-service has consumed it, the
 * department's self-assessments, inputs and targets through evaluation-service's API. Prints what came out.
 */
public final class DemoLoader {

    static final String AGENCY = "441422001";
    private static final String YEAR = "/api/v1/agencies/" + AGENCY + "/years/2023";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final String budgetService;
    private final String evaluationService;
    private final String reportService;
    private final Path fixture;

    /** {@code reportService} may be null: then the narrative is left for the caller to write. */
    public DemoLoader(String budgetService, String evaluationService, String reportService, Path fixture) {
        this.budgetService = budgetService;
        this.evaluationService = evaluationService;
        this.reportService = reportService;
        this.fixture = fixture;
    }

    public void load() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        String token = DevTokens.mint("finance-system", null);
        send(budgetService, "PUT", "/api/v1/agencies/" + AGENCY, "agency.json", token);
        send(budgetService, "POST", "/api/v1/budget-lines/batch", "budget-lines.json", token);
        send(budgetService, "POST", "/api/v1/payments/batch", "payments.json", token);
        send(budgetService, "POST", "/api/v1/asset-snapshots/batch", "asset-snapshots.json", token);
        System.out.printf("Demo ledger of 大埔县融媒体中心 (%s) loaded in %.1f s.%n", AGENCY,
                (System.nanoTime() - begin) / 1e9);
        JsonNode execution = JSON.readTree(get(budgetService + YEAR + "/execution").body());
        System.out.printf("Execution: adjusted budget %s 元, spending %s 元, rate %s%%%n",
                execution.get("budget").get("adjusted"), execution.get("spending"), execution.get("executionRate"));

        long sequence = execution.get("asOf").get("sequence").asLong();
        awaitScoresIncluding(sequence, Duration.ofSeconds(60));
        String department = DevTokens.mint("department", AGENCY);
        var assessments = JSON.readTree(fixture.resolve("self-assessments.json").toFile()).fields();
        while (assessments.hasNext()) {
            var entry = assessments.next();
            ObjectNode body = ((ObjectNode) entry.getValue()).deepCopy();
            body.putArray("evidence").addObject().put("title", "自评佐证材料").put("reference", "2023 年度自评资料");
            send(evaluationService, "PUT", YEAR + "/self-assessments/" + entry.getKey(),
                    HttpRequest.BodyPublishers.ofString(body.toString()), department, false);
        }
        send(evaluationService, "PUT", YEAR + "/department-inputs", "department-inputs.json", department);
        send(evaluationService, "PUT", YEAR + "/performance-targets", "performance-targets.json", department);
        System.out.printf("  %d self-assessments entered%n", JSON.readTree(fixture.resolve("self-assessments.json").toFile()).size());
        JsonNode scores = JSON.readTree(get(evaluationService + YEAR + "/scores").body());
        System.out.printf("Scores: total %s, grade %s (self-assessments, inputs and targets entered by the department)%n",
                scores.get("total"), scores.get("grade").asText());
        System.out.println("  " + evaluationService + YEAR + "/scores");
        System.out.println("Live score page (local sign-in link): " + evaluationService + "/pages/login?token="
                + department + "&next=/pages/agencies/" + AGENCY + "/years/2023");
        System.out.println("Finance bureau overview: " + evaluationService + "/pages/login?token="
                + DevTokens.mint("finance-bureau", null) + "&next=/pages/years/2023/regions/441422");
        if (reportService != null) {
            writeNarrative(department);
        }
        System.out.printf("Demo loaded in %.1f s (ledger, consumption, inputs%s).%n", (System.nanoTime() - begin) / 1e9,
                reportService == null ? "" : ", narrative, publication");
    }

    /** The department's narrative (the corrected one: no consistency finding) and header, through report-service. */
    private void writeNarrative(String department) throws IOException, InterruptedException {
        JsonNode draft = JSON.readTree(get(reportService + YEAR + "/report/draft").body());
        var sections = JSON.readTree(fixture.resolve("narrative-corrected.json").toFile()).fields();
        while (sections.hasNext()) {
            var section = sections.next();
            long version = draft.get("sections").get(section.getKey()).get("version").asLong();
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(reportService + YEAR + "/report/sections/" + section.getKey()))
                    .header("Authorization", "Bearer " + department)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("text", section.getValue().asText()).toString()));
            if (version > 0) {
                request.header("If-Match", "\"" + version + "\"");
            }
            expectOk(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), "section " + section.getKey());
        }
        long headerVersion = draft.get("header").get("version").asLong();
        HttpRequest.Builder header = HttpRequest.newBuilder(URI.create(reportService + YEAR + "/report/header"))
                .header("Authorization", "Bearer " + department)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"subordinateUnits\":0,\"filledBy\":\"何秀明\","
                        + "\"phone\":\"0753-5522401\",\"filledOn\":\"2024-08-23\"}"));
        if (headerVersion > 0) {
            header.header("If-Match", "\"" + headerVersion + "\"");
        }
        expectOk(http.send(header.build(), HttpResponse.BodyHandlers.ofString()), "header");
        System.out.println("Report (draft, with a token): " + reportService + YEAR + "/report.html  "
                + reportService + YEAR + "/report.docx");
        publish(department);
    }

    /** The department submits; the finance bureau publishes a frozen version that the portal serves to everyone. */
    private void publish(String department) throws IOException, InterruptedException {
        expectOk(http.send(HttpRequest.newBuilder(URI.create(reportService + YEAR + "/report/submit"))
                .header("Authorization", "Bearer " + department).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()), "submit");
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(
                        URI.create(reportService + YEAR + "/report/publish"))
                .header("Authorization", "Bearer " + DevTokens.mint("finance-bureau", null))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        expectOk(published, "publish");
        JsonNode links = JSON.readTree(published.body()).get("links");
        System.out.println("Published (no token needed): " + reportService + links.get("html").asText() + "  "
                + reportService + links.get("docx").asText() + "  " + reportService + links.get("pdf").asText() + "  "
                + reportService + links.get("scoreTable").asText());
    }

    private static void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private void awaitScoresIncluding(long sequence, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(evaluationService + YEAR + "/scores");
            if (response.statusCode() == 200
                    && JSON.readTree(response.body()).get("asOf").get("ledgerSequence").asLong() >= sequence) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("evaluation-service did not reach ledger sequence " + sequence);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + DevTokens.mint("finance-bureau", null))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A batch answer without its per-item list: the counts are what a person wants to see here. */
    private static String withoutItems(String body) {
        int items = body.indexOf(",\"items\"");
        return items < 0 ? body : body.substring(0, items) + "}";
    }

    private void send(String service, String method, String path, String file, String token)
            throws IOException, InterruptedException {
        send(service, method, path, HttpRequest.BodyPublishers.ofFile(fixture.resolve(file)), token, true);
    }

    private void send(String service, String method, String path, HttpRequest.BodyPublisher body, String token,
            boolean report) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body)
                .timeout(Duration.ofMinutes(2))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        if (report) {
            System.out.printf("  %-46s HTTP %d %s%n", method + " " + path.replace(YEAR, "…"), response.statusCode(),
                    withoutItems(response.body()));
        }
    }
}
