package cn.jixiao.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The time from a payment's acceptance by budget-service (the answer to its request) to a score that includes it
 * (evaluation-service's {@code ledgerSequence} of the agency-year), with payments sent at a sustained rate over several
 * agencies of a region of their own: once as single payments ({@code POST /api/v1/payments}) and once per other
 * request size as batches ({@code POST /api/v1/payments/batch}), the way a finance system pushing many payments would.
 * A poller reads the region overview every 20 ms, so figures carry up to about 20 ms of polling granularity. The
 * baseline is Kafka's own produce → consume latency on the same broker: a plain producer and consumer on a scratch
 * topic with as many partitions as the ledger topic, at the same rate, for the same time, with records of a ledger
 * event's size.
 */
final class ScoreLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IN_FLIGHT = 256;
    private static final int RECORD_BYTES = 700;

    private final Options options;
    private final Api api;
    private final Ledger ledger;

    ScoreLatencyBenchmark(Options options, Api api, Ledger ledger) {
        this.options = options;
        this.api = api;
        this.ledger = ledger;
    }

    record Latencies(double[] sortedMillis, int total, int accepted, int errors, double sendSeconds) {
        String describe() {
            if (sortedMillis.length == 0) {
                return "none measured of " + Stats.count(total);
            }
            return String.format(Locale.ROOT, "p50 %s, p99 %s, max %s; %s of %s measured", Stats.ms(p(50)),
                    Stats.ms(p(99)), Stats.ms(sortedMillis[sortedMillis.length - 1]),
                    Stats.count(sortedMillis.length), Stats.count(total));
        }

        double p(double percent) {
            return Stats.percentile(sortedMillis, percent);
        }
    }

    List<Row> run() throws Exception {
        int total = options.rate * options.seconds;
        Map<Integer, Latencies> measured = new LinkedHashMap<>();
        List<String> codes = List.of();
        for (int size : options.latencyBatches) {
            String run = Ledger.runPrefix('L');
            String region = "9" + run.substring(run.length() - 8);
            codes = ledger.registerAgencies(run, options.latencyAgencies, region);
            ledger.awaitQuiet("before latency");
            Latencies jixiao = jixiao(run, codes, region, total, size);
            Bench.progress("  Jixiao, %s: %s", requests(size), jixiao.describe());
            measured.put(size, jixiao);
        }
        ledger.awaitQuiet("before the Kafka baseline");
        Latencies kafka = kafka(codes, total);
        Bench.progress("  Kafka: %s", kafka.describe());
        List<Row> rows = new ArrayList<>();
        measured.forEach((size, jixiao) -> {
            String figure = String.format(Locale.ROOT,
                    "payment accepted → score visible, %s/s for %d s over %d agencies, %s (p50, p99, max)",
                    Stats.count(options.rate), options.seconds, options.latencyAgencies, requests(size));
            String sent = String.format(Locale.ROOT, " (%s accepted in %s: %s/s%s)", Stats.count(jixiao.accepted()),
                    Stats.seconds(jixiao.sendSeconds()), Stats.count(jixiao.accepted() / jixiao.sendSeconds()),
                    jixiao.errors() == 0 ? "" : ", " + jixiao.errors() + " errors");
            String ratio = jixiao.sortedMillis().length == 0 || kafka.sortedMillis().length == 0 ? "n/a"
                    : "p50 " + Stats.times(jixiao.p(50) / kafka.p(50)) + ", p99 "
                            + Stats.times(jixiao.p(99) / kafka.p(99));
            rows.add(new Row("latency", figure, jixiao.describe() + sent, "Kafka produce → consume: "
                    + kafka.describe(), ratio));
        });
        return rows;
    }

    private static String requests(int size) {
        return size == 1 ? "single payments" : "batches of " + size;
    }

    private Latencies jixiao(String run, List<String> codes, String region, int total, int size) throws Exception {
        int agencies = codes.size();
        Map<String, Integer> agencyIndex = new HashMap<>();
        for (int a = 0; a < agencies; a++) {
            agencyIndex.put(codes.get(a), a);
        }
        int perAgency = total / agencies + 16;
        long[][] seenAt = new long[agencies][perAgency + 3];
        long[] sequence = new long[total];
        long[] acceptedAt = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();

        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> poll(region, agencyIndex, seenAt, polling), "score-poller");
        poller.setDaemon(true);
        poller.start();

        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long interval = 1_000_000_000L * size / options.rate;
        String path = size == 1 ? "/api/v1/payments" : "/api/v1/payments/batch";
        long begin = System.nanoTime();
        for (int r = 0; r * size < total; r++) {
            long due = begin + r * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            int first = r * size;
            int count = Math.min(size, total - first);
            String body;
            if (size == 1) {
                StringBuilder single = new StringBuilder(256);
                Ledger.payment(single, run, codes.get(first % agencies), first);
                body = single.toString();
            } else {
                body = Ledger.paymentBatch(run, codes, first, count);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(options.budgetUrl + path))
                    .header("Authorization", "Bearer " + api.system).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
            api.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                try {
                    long now = System.nanoTime();
                    if (failure != null || response.statusCode() >= 300) {
                        errors.addAndGet(count);
                        firstError.compareAndSet(null, failure != null ? String.valueOf(failure)
                                : response.statusCode() + " " + Api.abbreviate(response.body()));
                        return;
                    }
                    JsonNode answer = JSON.readTree(response.body());
                    for (int k = 0; k < count; k++) {
                        JsonNode result = size == 1 ? answer : answer.get("items").get(k);
                        sequence[first + k] = result.get("sequence").asLong();
                        acceptedAt[first + k] = now;
                    }
                } catch (Exception e) {
                    errors.addAndGet(count);
                    firstError.compareAndSet(null, String.valueOf(e));
                } finally {
                    inFlight.release();
                }
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        inFlight.release(MAX_IN_FLIGHT);
        double sendSeconds = (System.nanoTime() - begin) / 1e9;
        if (firstError.get() != null) {
            Bench.progress("  %d payments failed, first: %s", errors.get(), firstError.get());
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(30, options.seconds)).toNanos();
        while (System.nanoTime() < deadline && !allSeen(agencies, sequence, acceptedAt, seenAt)) {
            Thread.sleep(50);
        }
        polling.set(false);
        poller.join();

        int accepted = 0;
        double[] millis = new double[total];
        int measured = 0;
        for (int i = 0; i < total; i++) {
            if (acceptedAt[i] == 0) {
                continue;
            }
            accepted++;
            long seen = seenAt[i % agencies][(int) sequence[i]];
            if (seen != 0) {
                millis[measured++] = Math.max(0, seen - acceptedAt[i]) / 1e6;
            }
        }
        return new Latencies(Stats.sorted(Arrays.copyOf(millis, measured)), total, accepted, errors.get(), sendSeconds);
    }

    /** Whether the score of every accepted payment's agency has shown its sequence. */
    private static boolean allSeen(int agencies, long[] sequence, long[] acceptedAt, long[][] seenAt) {
        for (int i = sequence.length - 1; i >= 0; i--) {
            if (acceptedAt[i] != 0 && seenAt[i % agencies][(int) sequence[i]] == 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads the region overview every 20 ms and notes when each agency's sequences first show in its score. */
    private void poll(String region, Map<String, Integer> agencyIndex, long[][] seenAt, AtomicBoolean polling) {
        long[] lastSeen = new long[seenAt.length];
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.evaluationUrl + "/api/v1/years/2023/scores"
                + "?mofDivCode=" + region + "&sort=agencyCode")).header("Authorization", "Bearer " + api.bureau)
                .timeout(Duration.ofSeconds(10)).build();
        while (polling.get()) {
            long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            try {
                HttpResponse<String> response = api.http.send(request, HttpResponse.BodyHandlers.ofString());
                long now = System.nanoTime();
                if (response.statusCode() == 200) {
                    for (JsonNode row : JSON.readTree(response.body())) {
                        Integer a = agencyIndex.get(row.get("agencyCode").asText());
                        if (a == null) {
                            continue;
                        }
                        long seq = Math.min(row.get("ledgerSequence").asLong(), seenAt[a].length - 1);
                        for (long s = lastSeen[a] + 1; s <= seq; s++) {
                            seenAt[a][(int) s] = now;
                        }
                        lastSeen[a] = Math.max(lastSeen[a], seq);
                    }
                }
            } catch (Exception e) {
                // evaluation-service busy: try again
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private Latencies kafka(List<String> codes, int total) throws Exception {
        String topic = "bench.latency." + Ledger.runPrefix('k').substring(1);
        int partitions = ledger.admin().describeTopics(List.of(options.ledgerTopic)).allTopicNames().get()
                .get(options.ledgerTopic).partitions().size();
        ledger.admin().createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        try {
            long[] sentAt = new long[total];
            long[] receivedAt = new long[total];
            AtomicBoolean consuming = new AtomicBoolean(true);
            AtomicInteger received = new AtomicInteger();
            Properties consumerProps = new Properties();
            consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka);
            consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
            List<TopicPartition> assigned = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            assigned.forEach(consumer::position);
            Thread consumerThread = new Thread(() -> {
                try (consumer) {
                    while (consuming.get()) {
                        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            int index = ByteBuffer.wrap(record.value()).getInt();
                            if (receivedAt[index] == 0) {
                                receivedAt[index] = now;
                                received.incrementAndGet();
                            }
                        }
                    }
                }
            }, "kafka-baseline-consumer");
            consumerThread.start();

            Properties producerProps = new Properties();
            producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka);
            producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
            long interval = 1_000_000_000L / options.rate;
            long begin = System.nanoTime();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
                for (int i = 0; i < total; i++) {
                    long due = begin + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    byte[] value = new byte[RECORD_BYTES];
                    ByteBuffer.wrap(value).putInt(i);
                    sentAt[i] = System.nanoTime();
                    producer.send(new ProducerRecord<>(topic, codes.get(i % codes.size())
                            .getBytes(StandardCharsets.UTF_8), value));
                }
                producer.flush();
            }
            double sendSeconds = (System.nanoTime() - begin) / 1e9;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            consuming.set(false);
            consumerThread.join();
            double[] millis = new double[total];
            int measured = 0;
            for (int i = 0; i < total; i++) {
                if (receivedAt[i] != 0) {
                    millis[measured++] = Math.max(0, receivedAt[i] - sentAt[i]) / 1e6;
                }
            }
            return new Latencies(Stats.sorted(Arrays.copyOf(millis, measured)), total, total, 0, sendSeconds);
        } finally {
            ledger.admin().deleteTopics(List.of(topic)).all().get();
        }
    }
}
