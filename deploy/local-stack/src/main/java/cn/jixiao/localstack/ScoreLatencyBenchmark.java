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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures the time from a payment's acceptance by budget-service to its inclusion in the score evaluation-service
 * serves (asOf.ledgerSequence), on a running local stack (deploy/run). Payments are sent one at a time at a steady
 * rate; a poller reads the score every 20 ms, so figures carry up to 20 ms of polling granularity.
 *
 * <p>{@code deploy/bench-score-latency [--payments 1000] [--rate 20]}
 */
public final class ScoreLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUDGET = "http://localhost:8081";
    private static final String EVALUATION = "http://localhost:8082";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String system = DevTokens.mint("finance-system", null);
    private final String bureau = DevTokens.mint("finance-bureau", null);

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int payments = 1000;
        int rate = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--payments" -> payments = Integer.parseInt(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new ScoreLatencyBenchmark().run(payments, rate);
    }

    private void run(int payments, int rate) throws Exception {
        String agency = "L" + (System.currentTimeMillis() % 100_000_000L);
        post("PUT", BUDGET + "/api/v1/agencies/" + agency, "{\"agencyName\":\"时延测试单位\",\"mofDivCode\":\"441422\","
                + "\"authorizedStaff\":10,\"actualStaff\":10}");
        post("POST", BUDGET + "/api/v1/budget-lines", "{\"bgtId\":\"" + agency + "-L\",\"agencyCode\":\"" + agency
                + "\",\"mofDivCode\":\"441422\",\"fiscalYear\":2023,\"proCatCode\":\"2\",\"expFuncCode\":\"2070801\","
                + "\"depBgtEcoCode\":\"30201\",\"govBgtEcoCode\":\"50502\",\"fundTypeCode\":\"111\","
                + "\"sourceTypeCode\":\"1\",\"amount\":100000000.00,\"docNo\":\"BENCH\",\"docDate\":\"2023-01-01\"}");

        ConcurrentHashMap<Long, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> poll(agency, seenAt, polling), "score-poller");
        poller.start();

        long[] sequences = new long[payments];
        long[] acceptedAt = new long[payments];
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < payments; i++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += interval;
            String body = "{\"payAppId\":\"" + agency + "-P" + i + "\",\"payCertNo\":\"C" + i + "\",\"bgtId\":\"" + agency
                    + "-L\",\"agencyCode\":\"" + agency + "\",\"fiscalYear\":2023,\"xpayAmt\":" + (100 + i % 50)
                    + ".00,\"payDate\":\"2023-06-15\",\"useDes\":\"时延测试\"}";
            String answer = post("POST", BUDGET + "/api/v1/payments", body);
            acceptedAt[i] = System.nanoTime();
            sequences[i] = JSON.readTree(answer).get("sequence").asLong();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!seenAt.containsKey(sequences[payments - 1]) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        polling.set(false);
        poller.join();

        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            Long seen = seenAt.get(sequences[i]);
            if (seen != null) {
                millis.add(Math.max(0, seen - acceptedAt[i]) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("payment accepted → score includes it, %d of %d payments at %d/s: median %.0f ms, "
                        + "p99 %.0f ms, max %.0f ms%n", millis.size(), payments, rate, percentile(millis, 50),
                percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private void poll(String agency, ConcurrentHashMap<Long, Long> seenAt, AtomicBoolean polling) {
        long lastSeen = 0;
        HttpRequest request = HttpRequest.newBuilder(URI.create(EVALUATION + "/api/v1/agencies/" + agency
                + "/years/2023/scores")).header("Authorization", "Bearer " + bureau).build();
        while (polling.get()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long now = System.nanoTime();
                if (response.statusCode() == 200) {
                    long sequence = JSON.readTree(response.body()).get("asOf").get("ledgerSequence").asLong();
                    for (long s = lastSeen + 1; s <= sequence; s++) {
                        seenAt.putIfAbsent(s, now);
                    }
                    lastSeen = Math.max(lastSeen, sequence);
                }
                Thread.sleep(20);
            } catch (IOException e) {
                // evaluation-service busy or restarting: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String post(String method, String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + system)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
