package cn.jixiao.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import cn.jixiao.localstack.DevTokens;

/**
 * report-service with the sample department loaded (deploy/run --demo): assembling its 2023 report as JSON (both
 * sources fetched, assembled, checked) and as Word, each repeated. Baselines of the same run: for JSON, fetching the
 * two sources it is made from (budget-service's execution, evaluation-service's scores) one after the other, as
 * report-service does; for Word, the JSON assembly, so the ratio is what rendering adds.
 */
final class ReportBenchmark {

    private static final String AGENCY_YEAR = "/api/v1/agencies/441422001/years/2023";

    private final Options options;
    private final Api api;
    private final String department = DevTokens.mint("department", "441422001");

    ReportBenchmark(Options options, Api api) {
        this.options = options;
        this.api = api;
    }

    List<Row> run() throws Exception {
        String report = options.reportUrl + AGENCY_YEAR + "/report";
        String execution = options.budgetUrl + AGENCY_YEAR + "/execution";
        String scores = options.evaluationUrl + AGENCY_YEAR + "/scores";
        int status = api.http.send(request(report), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 404) {
            throw new IllegalStateException("no sample department: start the stack with deploy/run --demo");
        }
        int warmup = Math.min(10, Math.max(2, options.reportRuns / 5));
        time(warmup, report);
        time(warmup, report + ".docx");
        time(warmup, execution, scores);
        double[] sources = time(options.reportRuns, execution, scores);
        double[] json = time(options.reportRuns, report);
        double[] docx = time(options.reportRuns, report + ".docx");
        String runs = options.reportRuns + " runs";
        return List.of(
                new Row("report", "report assembly, JSON (p50, p90; " + runs + ")", pair(json),
                        "fetching its two sources directly: " + pair(sources), ratios(json, sources)),
                new Row("report", "report assembly and Word rendering (p50, p90; " + runs + ")", pair(docx),
                        "JSON assembly: " + pair(json), ratios(docx, json)));
    }

    private static String pair(double[] sorted) {
        return "p50 " + Stats.ms(Stats.percentile(sorted, 50)) + ", p90 " + Stats.ms(Stats.percentile(sorted, 90));
    }

    private static String ratios(double[] sorted, double[] baseline) {
        return String.format(Locale.ROOT, "p50 %s, p90 %s",
                Stats.times(Stats.percentile(sorted, 50) / Stats.percentile(baseline, 50)),
                Stats.times(Stats.percentile(sorted, 90) / Stats.percentile(baseline, 90)));
    }

    private HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + department)
                .timeout(Duration.ofSeconds(60)).build();
    }

    /** Milliseconds of each run, sorted; a run requests the URLs one after the other. */
    private double[] time(int runs, String... urls) throws IOException, InterruptedException {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            for (String url : urls) {
                HttpResponse<byte[]> response = api.http.send(request(url), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                }
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.sorted(millis);
    }
}
