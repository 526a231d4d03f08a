package cn.jixiao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures payments per second accepted through budget-service's batch API (a running local stack: deploy/run).
 * Each run uses fresh agency codes, so it can be repeated on the same data directory.
 *
 * <p>{@code deploy/bench-ingest [--payments N] [--batch N] [--agencies N] [--url URL]}
 */
public final class IngestBenchmark {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;
    private final String token = DevTokens.mint("finance-system", null);

    private IngestBenchmark(String url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int payments = 100_000;
        int batch = 5_000;
        int agencies = 20;
        String url = "http://localhost:8081";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--payments" -> payments = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--agencies" -> agencies = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new IngestBenchmark(url).run(payments, batch, agencies);
    }

    private void run(int payments, int batchSize, int agencies) throws IOException, InterruptedException {
        String run = "B" + (System.currentTimeMillis() % 100_000_000L);
        List<String> codes = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            String code = run + String.format("%03d", a);
            codes.add(code);
            send("PUT", "/api/v1/agencies/" + code, "{\"agencyName\":\"压测单位" + a + "\",\"mofDivCode\":\"441422\","
                    + "\"authorizedStaff\":10,\"actualStaff\":10}");
            send("POST", "/api/v1/budget-lines", "{\"bgtId\":\"" + code + "-L\",\"agencyCode\":\"" + code + "\","
                    + "\"mofDivCode\":\"441422\",\"fiscalYear\":2023,\"proCatCode\":\"2\",\"expFuncCode\":\"2070801\","
                    + "\"depBgtEcoCode\":\"30201\",\"govBgtEcoCode\":\"50502\",\"fundTypeCode\":\"111\","
                    + "\"sourceTypeCode\":\"1\",\"amount\":100000000.00,\"docNo\":\"BENCH\",\"docDate\":\"2023-01-01\"}");
        }
        List<Double> batchSeconds = new ArrayList<>();
        long begin = System.nanoTime();
        for (int sent = 0; sent < payments; sent += batchSize) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            int size = Math.min(batchSize, payments - sent);
            for (int i = 0; i < size; i++) {
                int n = sent + i;
                String code = codes.get(n % agencies);
                if (i > 0) {
                    body.append(',');
                }
                body.append("{\"payAppId\":\"").append(run).append("-P").append(n)
                        .append("\",\"payCertNo\":\"C").append(n)
                        .append("\",\"bgtId\":\"").append(code).append("-L\",\"agencyCode\":\"").append(code)
                        .append("\",\"fiscalYear\":2023,\"xpayAmt\":").append(1 + n % 997).append('.')
                        .append(String.format("%02d", n % 100))
                        .append(",\"payDate\":\"2023-").append(String.format("%02d", 1 + n % 12))
                        .append("-15\",\"useDes\":\"压测支付\"}");
            }
            body.append("]}");
            long start = System.nanoTime();
            send("POST", "/api/v1/payments/batch", body.toString());
            batchSeconds.add((System.nanoTime() - start) / 1e9);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Collections.sort(batchSeconds);
        System.out.printf("payments %d in batches of %d over %d agencies: %.1f s, %.0f payments/s; "
                        + "batch latency median %.2f s, max %.2f s%n",
                payments, batchSize, agencies, seconds, payments / seconds,
                batchSeconds.get(batchSeconds.size() / 2), batchSeconds.get(batchSeconds.size() - 1));
    }

    private void send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofMinutes(5))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
