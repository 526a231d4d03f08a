package cn.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes budget.ledger.v1 records on the real broker exactly as budget-service publishes them (docs/events.md), and
 * reads topics back, for one agency at a time.
 */
final class LedgerTopic {

    static final String TOPIC = "budget.ledger.v1";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String agencyCode;
    private final List<String> events = new ArrayList<>();

    LedgerTopic(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    /** The agency's events so far, each a complete envelope; index i holds sequence i + 1. */
    List<String> events() {
        return events;
    }

    LedgerTopic registered(String name) {
        return registered(name, "441422");
    }

    LedgerTopic registered(String name, String mofDivCode) {
        return add("AgencyRegistered", null, data("agencyCode", agencyCode, "agencyName", name, "mofDivCode", mofDivCode,
                "authorizedStaff", 10, "actualStaff", 9));
    }

    /**
     * A 年初 line as budget-service classifies it: {@code expenseKind} personnel, running or project,
     * {@code threePublicGroup} abroad, vehicles, reception or null.
     */
    LedgerTopic budgetLine(String bgtId, String expenseKind, String threePublicGroup, String amount) {
        return budgetLine(bgtId, expenseKind, threePublicGroup, amount, true);
    }

    LedgerTopic budgetLine(String bgtId, String expenseKind, String threePublicGroup, String amount,
            boolean initialBudget) {
        return add("BudgetLineRecorded", 2023, data("bgtId", bgtId, "oriBgtId", null, "agencyCode", agencyCode,
                "fiscalYear", 2023, "amount", new BigDecimal(amount), "expenseKind", expenseKind,
                "threePublicGroup", threePublicGroup, "initialBudget", initialBudget));
    }

    LedgerTopic adjustment(String bgtId, String oriBgtId, String expenseKind, String threePublicGroup,
            String amount) {
        return add("BudgetLineAdjusted", 2023, data("bgtId", bgtId, "oriBgtId", oriBgtId, "agencyCode", agencyCode,
                "fiscalYear", 2023, "amount", new BigDecimal(amount), "expenseKind", expenseKind,
                "threePublicGroup", threePublicGroup, "initialBudget", false));
    }

    LedgerTopic payment(String payAppId, String expenseKind, String threePublicGroup, String amount, String date) {
        return add(amount.startsWith("-") ? "PaymentReversed" : "PaymentRecorded", 2023, data("payAppId", payAppId,
                "agencyCode", agencyCode, "fiscalYear", 2023, "xpayAmt", new BigDecimal(amount), "payDate", date,
                "expenseKind", expenseKind, "threePublicGroup", threePublicGroup));
    }

    /** A budget line as budget-service wrote it before events carried its classification (codes only). */
    LedgerTopic unclassifiedBudgetLine(String bgtId, String amount) {
        return add("BudgetLineRecorded", 2023, data("bgtId", bgtId, "oriBgtId", null, "agencyCode", agencyCode,
                "fiscalYear", 2023, "proCatCode", "2", "depBgtEcoCode", "30201", "sourceTypeCode", "1",
                "amount", new BigDecimal(amount)));
    }

    LedgerTopic assets(String date, String total, String inUse) {
        return add("AssetSnapshotRecorded", 2023, data("agencyCode", agencyCode, "snapshotDate", date,
                "totalOriginalValue", new BigDecimal(total), "inUseOriginalValue", new BigDecimal(inUse)));
    }

    /** An event whose data cannot be applied (here: a payment without an amount). */
    LedgerTopic brokenPayment() {
        return add("PaymentRecorded", 2023, data("payAppId", "BROKEN", "agencyCode", agencyCode, "fiscalYear", 2023,
                "payDate", "2023-05-01", "expenseKind", "running", "threePublicGroup", null));
    }

    private LedgerTopic add(String type, Integer fiscalYear, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID());
        envelope.put("type", type);
        envelope.put("occurredAt", Instant.now());
        envelope.put("agencyCode", agencyCode);
        envelope.put("fiscalYear", fiscalYear);
        envelope.put("sequence", events.size() + 1);
        envelope.put("data", data);
        try {
            events.add(JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private static Map<String, Object> data(Object... keyValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put((String) keyValues[i], keyValues[i + 1]);
        }
        return data;
    }

    /** Publishes records of this agency, in the given order, keyed by the agency as budget-service does. */
    void publish(List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(TOPIC, agencyCode, value));
            }
            producer.flush();
        }
    }

    /** Values of the records keyed by this agency on a topic, waiting up to the timeout for at least {@code expected}. */
    List<ConsumerRecord<String, String>> read(String topic, int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (agencyCode.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static String servers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
