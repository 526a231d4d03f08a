package cn.jixiao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times report-service on a running local stack with the demo loaded (deploy/run --demo): assembling the sample
 * department's report (JSON: both sources fetched, assembled, checked) and producing its Word file, each repeated.
 *
 * <p>{@code deploy/bench-report [--runs 50]}
 */
public final class ReportBenchmark {

    private static final String REPORT = "http://localhost:8083/api/v1/agencies/441422001/years/2023/report";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = DevTokens.mint("department", "441422001");

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int runs = args.length == 2 && "--runs".equals(args[0]) ? Integer.parseInt(args[1]) : 50;
        ReportBenchmark bench = new ReportBenchmark();
        bench.time(REPORT, 5);
        bench.time(REPORT + ".docx", 5);
        List<Double> json = bench.time(REPORT, runs);
        List<Double> docx = bench.time(REPORT + ".docx", runs);
        System.out.printf("assemble report (JSON), %d runs: median %.0f ms, p90 %.0f ms%n", runs, median(json),
                percentile(json, 90));
        System.out.printf("assemble and render Word, %d runs: median %.0f ms, p90 %.0f ms (Word rendering ≈ %.0f ms)%n",
                runs, median(docx), percentile(docx, 90), median(docx) - median(json));
    }

    private List<Double> time(String url, int runs) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static double median(List<Double> sorted) {
        return percentile(sorted, 50);
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
