package cn.jixiao.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the parts share: registering benchmark agencies, building payment batches, counting the ledger topic and
 * waiting until budget-service's outbox is published and evaluation-service's consumer has caught up.
 */
final class Ledger implements AutoCloseable {

    private final Options options;
    private final Api api;
    private final Admin admin;

    Ledger(Options options, Api api) {
        this.options = options;
        this.api = api;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka);
        this.admin = Admin.create(props);
    }

    Admin admin() {
        return admin;
    }

    /** A prefix no earlier run used, so every run can go on the same data. */
    static String runPrefix(char letter) {
        return letter + String.format(Locale.ROOT, "%09d", System.currentTimeMillis() % 1_000_000_000L);
    }

    /** Registers {@code count} agencies of region {@code mofDivCode}, each with one 2023 budget line {@code code-L}. */
    List<String> registerAgencies(String prefix, int count, String mofDivCode) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int from = 0; from < count; from += options.batch) {
            StringBuilder agencies = new StringBuilder("{\"items\":[");
            StringBuilder lines = new StringBuilder("{\"items\":[");
            for (int a = from; a < Math.min(count, from + options.batch); a++) {
                String code = prefix + String.format(Locale.ROOT, "%05d", a);
                codes.add(code);
                if (a > from) {
                    agencies.append(',');
                    lines.append(',');
                }
                agencies.append("{\"agencyCode\":\"").append(code).append("\",\"agencyName\":\"压测单位").append(a)
                        .append("\",\"mofDivCode\":\"").append(mofDivCode)
                        .append("\",\"authorizedStaff\":10,\"actualStaff\":10}");
                lines.append("{\"bgtId\":\"").append(code).append("-L\",\"agencyCode\":\"").append(code)
                        .append("\",\"mofDivCode\":\"").append(mofDivCode)
                        .append("\",\"fiscalYear\":2023,\"proCatCode\":\"2\",\"expFuncCode\":\"2070801\","
                                + "\"depBgtEcoCode\":\"30201\",\"govBgtEcoCode\":\"50502\",\"fundTypeCode\":\"111\","
                                + "\"sourceTypeCode\":\"1\",\"amount\":100000000000.00,\"docNo\":\"BENCH\","
                                + "\"docDate\":\"2023-01-01\"}");
            }
            api.system("POST", options.budgetUrl + "/api/v1/agencies/batch", agencies.append("]}").toString());
            api.system("POST", options.budgetUrl + "/api/v1/budget-lines/batch", lines.append("]}").toString());
        }
        return codes;
    }

    /** One payment as the API takes it: payment {@code n} of the run, on agency {@code code}'s line. */
    static void payment(StringBuilder out, String run, String code, long n) {
        out.append("{\"payAppId\":\"").append(run).append("-P").append(n)
                .append("\",\"payCertNo\":\"C").append(n)
                .append("\",\"bgtId\":\"").append(code).append("-L\",\"agencyCode\":\"").append(code)
                .append("\",\"fiscalYear\":2023,\"xpayAmt\":").append(1 + n % 997).append('.')
                .append(String.format(Locale.ROOT, "%02d", n % 100))
                .append(",\"payDate\":\"2023-").append(String.format(Locale.ROOT, "%02d", 1 + n % 12))
                .append("-15\",\"useDes\":\"压测支付\"}");
    }

    /** The batch body of payments {@code from} … {@code from + size - 1}, spread round-robin over the agencies. */
    static String paymentBatch(String run, List<String> codes, long from, int size) {
        StringBuilder body = new StringBuilder(size * 200).append("{\"items\":[");
        for (int i = 0; i < size; i++) {
            long n = from + i;
            if (i > 0) {
                body.append(',');
            }
            payment(body, run, codes.get((int) (n % codes.size())), n);
        }
        return body.append("]}").toString();
    }

    Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        ListOffsetsResult result = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            offsets.put(partition, result.partitionResult(partition).get().offset());
        }
        return offsets;
    }

    /** Records in the ledger topic (0 if it does not exist yet). */
    long ledgerRecords() throws Exception {
        if (!admin.listTopics().names().get().contains(options.ledgerTopic)) {
            return 0;
        }
        Map<TopicPartition, Long> begin = offsets(options.ledgerTopic, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(options.ledgerTopic, OffsetSpec.latest());
        return end.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
    }

    long unpublishedOutbox() throws SQLException {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl, options.dbUser, options.dbPassword);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Events of the ledger topic evaluation-service's group has not committed yet. */
    long evaluationLag() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(options.evaluationGroup).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> end = offsets(options.ledgerTopic, OffsetSpec.latest());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata done = committed.get(partition.getKey());
            lag += partition.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /**
     * Waits until every outbox row is published and evaluation-service's group has committed the whole topic, so a
     * part starts on an idle system. Returns the seconds waited.
     */
    double awaitQuiet(String why) throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + options.drainTimeout.toNanos();
        long lastReport = begin;
        while (true) {
            long outbox = unpublishedOutbox();
            long lag = outbox == 0 ? evaluationLag() : -1;
            if (outbox == 0 && lag == 0) {
                return (System.nanoTime() - begin) / 1e9;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("not caught up after " + options.drainTimeout.toMinutes()
                        + " min (" + why + "): outbox " + outbox + " unpublished, consumer lag " + lag);
            }
            if (now - lastReport > Duration.ofSeconds(10).toNanos()) {
                Bench.progress("  waiting for the stack to catch up (%s): outbox %s unpublished, evaluation lag %s",
                        why, outbox, lag < 0 ? "?" : lag);
                lastReport = now;
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
