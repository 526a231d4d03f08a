package cn.jixiao.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * evaluation-service's rebuild ({@code POST /api/v1/admin/ledger/rebuild}) in events/s, beside a plain KafkaConsumer
 * reading the same topic from the beginning to the same end. If the topic holds fewer events than asked for, the
 * missing ones are first created as payments through the batch API, and the stack is left to catch up.
 */
final class RebuildBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final Api api;
    private final Ledger ledger;

    RebuildBenchmark(Options options, Api api, Ledger ledger) {
        this.options = options;
        this.api = api;
        this.ledger = ledger;
    }

    List<Row> run() throws Exception {
        fill();
        ledger.awaitQuiet("before rebuild");
        long records = ledger.ledgerRecords();
        String figure = String.format(Locale.ROOT, "rebuild, events/s (%s events in %s)", Stats.count(records),
                options.ledgerTopic);

        long begin = System.nanoTime();
        long read = readAll();
        double readSeconds = (System.nanoTime() - begin) / 1e9;
        Bench.progress("  KafkaConsumer: %s records in %.1f s", Stats.count(read), readSeconds);

        begin = System.nanoTime();
        api.send("POST", options.evaluationUrl + "/api/v1/admin/ledger/rebuild", null, api.bureau,
                Duration.ofMinutes(1));
        JsonNode status = awaitRebuild();
        double wallSeconds = (System.nanoTime() - begin) / 1e9;
        JsonNode answer = status.get("result");
        long rebuilt = answer.get("records").asLong();
        double seconds = answer.get("millis").asLong() / 1e3;
        Bench.progress("  rebuild: %s", answer);
        double rate = rebuilt / seconds;
        double baseline = read / readSeconds;
        return List.of(new Row("rebuild", figure,
                String.format(Locale.ROOT, "%s/s (%s records, %s applied, %s agency-years in %s; request to done %s)",
                        Stats.count(rate), Stats.count(rebuilt), Stats.count(answer.get("applied").asLong()),
                        Stats.count(answer.get("agencyYears").asLong()), Stats.seconds(seconds),
                        Stats.seconds(wallSeconds)),
                baseline(read, readSeconds), Stats.percent(rate / baseline) + " of KafkaConsumer"));
    }

    /** The rebuild runs in the background (POST answers 202): its status is polled until it is done. */
    private JsonNode awaitRebuild() throws Exception {
        while (true) {
            JsonNode status = JSON.readTree(api.send("GET", options.evaluationUrl + "/api/v1/admin/ledger/rebuild", null,
                    api.bureau, Duration.ofSeconds(30)));
            String state = status.get("state").asText();
            if ("DONE".equals(state)) {
                return status;
            }
            if ("FAILED".equals(state)) {
                throw new IllegalStateException("rebuild failed: " + status.get("error").asText());
            }
            Thread.sleep(200);
        }
    }

    private static String baseline(long read, double readSeconds) {
        return String.format(Locale.ROOT, "KafkaConsumer from the beginning: %s/s (%s records in %s)",
                Stats.count(read / readSeconds), Stats.count(read), Stats.seconds(readSeconds));
    }

    /** Creates payments through the API until the topic holds at least the events asked for. */
    private void fill() throws Exception {
        long have = ledger.ledgerRecords() + ledger.unpublishedOutbox();
        long missing = options.rebuildEvents - have;
        if (missing <= 0) {
            return;
        }
        int agencies = (int) Math.max(1, Math.min(options.agencies, missing / 3));
        long payments = Math.max(0, missing - 2L * agencies);
        Bench.progress("  the topic holds %s events: creating %s more (%d agencies, %s payments) through the API",
                Stats.count(have), Stats.count(missing), agencies, Stats.count(payments));
        String run = Ledger.runPrefix('R');
        List<String> codes = ledger.registerAgencies(run, agencies, "441422");
        long begin = System.nanoTime();
        long lastReport = begin;
        for (long sent = 0; sent < payments; sent += options.batch) {
            int size = (int) Math.min(options.batch, payments - sent);
            api.system("POST", options.budgetUrl + "/api/v1/payments/batch", Ledger.paymentBatch(run, codes, sent, size));
            if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
                lastReport = System.nanoTime();
                Bench.progress("  %s of %s payments sent (%.0f/s)", Stats.count(sent + size), Stats.count(payments),
                        (sent + size) / ((lastReport - begin) / 1e9));
            }
        }
    }

    /** Reads every record of the ledger topic from the beginning to the current end with a plain consumer. */
    private long readAll() throws Exception {
        Map<TopicPartition, Long> end = ledger.offsets(options.ledgerTopic, OffsetSpec.latest());
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = List.copyOf(end.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
            }
        }
        return read;
    }
}
