package cn.jixiao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Loads the sample department's 2023 ledger (deploy/demo/dabu-2023) through budget-service's API, exactly as a county
 * finance system would push it, then prints the execution summary it produced.
 */
final class DemoLoader {

    static final String AGENCY = "441422001";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String budgetService;
    private final Path fixture;

    DemoLoader(String budgetService, Path fixture) {
        this.budgetService = budgetService;
        this.fixture = fixture;
    }

    void load() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        String token = DevTokens.mint("finance-system", null);
        send("PUT", "/api/v1/agencies/" + AGENCY, "agency.json", token);
        send("POST", "/api/v1/budget-lines/batch", "budget-lines.json", token);
        send("POST", "/api/v1/payments/batch", "payments.json", token);
        send("POST", "/api/v1/asset-snapshots/batch", "asset-snapshots.json", token);
        System.out.printf("Demo ledger of 大埔县融媒体中心 (%s) loaded in %.1f s.%n", AGENCY,
                (System.nanoTime() - begin) / 1e9);
        HttpRequest summary = HttpRequest.newBuilder(
                        URI.create(budgetService + "/api/v1/agencies/" + AGENCY + "/years/2023/execution"))
                .header("Authorization", "Bearer " + DevTokens.mint("finance-bureau", null))
                .build();
        System.out.println("Execution summary: " + budgetService + "/api/v1/agencies/" + AGENCY
                + "/years/2023/execution");
        System.out.println(http.send(summary, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A batch answer without its per-item list: the counts are what a person wants to see here. */
    private static String withoutItems(String body) {
        int items = body.indexOf(",\"items\"");
        return items < 0 ? body : body.substring(0, items) + "}";
    }

    private void send(String method, String path, String file, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(budgetService + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofFile(fixture.resolve(file)))
                .timeout(Duration.ofMinutes(2))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        System.out.printf("  %-24s HTTP %d %s%n", file, response.statusCode(), withoutItems(response.body()));
    }
}
