package cn.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes budget.ledger.v1 records on the real broker as budget-service publishes them, each made from the sample it
 * recorded for its type ({@link LedgerSamples}), and reads topics back, for one agency at a time.
 */
public final class LedgerTopic {

    static final String TOPIC = "budget.ledger.v1";
    private static final int YEAR = 2023;

    /**
     * What a budget line carries and its payments copy: 指标来源, economic and function class, project; adjustments
     * copy the codes but have their own source (追加/调减).
     */
    record Codes(String sourceTypeCode, String depBgtEcoCode, String expFuncCode, String proCode) {
    }

    private final String agencyCode;
    private final List<String> events = new ArrayList<>();

    public LedgerTopic(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    /** The agency's events so far, each a complete envelope; index i holds sequence i + 1. */
    public List<String> events() {
        return events;
    }

    LedgerTopic registered(String name) {
        return registered(name, "441422");
    }

    public LedgerTopic registered(String name, String mofDivCode) {
        return add(LedgerSamples.envelope("AgencyRegistered", agencyCode, null, next(),
                data("agencyName", name, "mofDivCode", mofDivCode)));
    }

    /**
     * A 年初 line as budget-service classifies it: {@code expenseKind} personnel, running or project,
     * {@code threePublicGroup} abroad, vehicles, reception or null.
     */
    public LedgerTopic budgetLine(String bgtId, String expenseKind, String threePublicGroup, String amount) {
        return budgetLine(bgtId, expenseKind, threePublicGroup, amount, true);
    }

    LedgerTopic budgetLine(String bgtId, String expenseKind, String threePublicGroup, String amount,
            boolean initialBudget) {
        return budgetLine(YEAR, bgtId, expenseKind, threePublicGroup, amount, initialBudget);
    }

    /** A budget line of another fiscal year, e.g. the previous one for measures that compare with it. */
    LedgerTopic budgetLine(int fiscalYear, String bgtId, String expenseKind, String threePublicGroup, String amount,
            boolean initialBudget) {
        return add(LedgerSamples.envelope("BudgetLineRecorded", agencyCode, fiscalYear, next(), data("bgtId", bgtId,
                "amount", new BigDecimal(amount), "adjustedAmount", new BigDecimal(amount),
                "sourceTypeCode", initialBudget ? "1" : "3", "expenseKind", expenseKind,
                "threePublicGroup", threePublicGroup, "initialBudget", initialBudget)));
    }

    LedgerTopic adjustment(String bgtId, String oriBgtId, String expenseKind, String threePublicGroup,
            String amount) {
        return add(LedgerSamples.envelope("BudgetLineAdjusted", agencyCode, YEAR, next(), data("bgtId", bgtId,
                "oriBgtId", oriBgtId, "amount", new BigDecimal(amount), "expenseKind", expenseKind,
                "threePublicGroup", threePublicGroup)));
    }

    /** An original line of {@code year} with its source and codes; it is 年初预算 when the source is 1. */
    LedgerTopic lineWithCodes(int year, String bgtId, String expenseKind, Codes codes, String amount) {
        return add(LedgerSamples.envelope("BudgetLineRecorded", agencyCode, year, next(), data("bgtId", bgtId,
                "amount", new BigDecimal(amount), "adjustedAmount", new BigDecimal(amount),
                "sourceTypeCode", codes.sourceTypeCode(), "expenseKind", expenseKind, "threePublicGroup", null,
                "initialBudget", "1".equals(codes.sourceTypeCode()), "depBgtEcoCode", codes.depBgtEcoCode(),
                "expFuncCode", codes.expFuncCode(), "proCode", codes.proCode())));
    }

    /** A 追加 (or a 调减 when negative) of a 2023 line, with the original's codes as budget-service requires. */
    LedgerTopic adjustmentWithCodes(String bgtId, String oriBgtId, String expenseKind, Codes codes, String amount) {
        return add(LedgerSamples.envelope("BudgetLineAdjusted", agencyCode, YEAR, next(), data("bgtId", bgtId,
                "oriBgtId", oriBgtId, "amount", new BigDecimal(amount), "expenseKind", expenseKind,
                "threePublicGroup", null, "sourceTypeCode", "2", "depBgtEcoCode", codes.depBgtEcoCode(), "expFuncCode",
                codes.expFuncCode(), "proCode", codes.proCode())));
    }

    /** A payment on a line with these codes, or a reversal when the amount is negative; in the year of its date. */
    LedgerTopic paymentWithCodes(String payAppId, String expenseKind, Codes codes, String amount, String date) {
        return add(LedgerSamples.envelope(amount.startsWith("-") ? "PaymentReversed" : "PaymentRecorded", agencyCode,
                LocalDate.parse(date).getYear(), next(), data("payAppId", payAppId, "xpayAmt", new BigDecimal(amount),
                        "payDate", date, "expenseKind", expenseKind, "threePublicGroup", null,
                        "sourceTypeCode", codes.sourceTypeCode(), "depBgtEcoCode", codes.depBgtEcoCode(), "expFuncCode", codes.expFuncCode(),
                        "proCode", codes.proCode())));
    }

    /** A payment, or a reversal when the amount is negative. */
    public LedgerTopic payment(String payAppId, String expenseKind, String threePublicGroup, String amount,
            String date) {
        return payment(YEAR, payAppId, expenseKind, threePublicGroup, amount, date);
    }

    /** A payment of another fiscal year. */
    LedgerTopic payment(int fiscalYear, String payAppId, String expenseKind, String threePublicGroup, String amount,
            String date) {
        return add(LedgerSamples.envelope(amount.startsWith("-") ? "PaymentReversed" : "PaymentRecorded", agencyCode,
                fiscalYear, next(), data("payAppId", payAppId, "xpayAmt", new BigDecimal(amount), "payDate", date,
                        "expenseKind", expenseKind, "threePublicGroup", threePublicGroup)));
    }

    /** A budget line as budget-service wrote it before events carried its classification (codes only). */
    LedgerTopic unclassifiedBudgetLine(String bgtId, String amount) {
        return add(LedgerSamples.without(LedgerSamples.envelope("BudgetLineRecorded", agencyCode, YEAR, next(),
                data("bgtId", bgtId, "proCatCode", "2", "depBgtEcoCode", "30201", "sourceTypeCode", "1",
                        "amount", new BigDecimal(amount))), "expenseKind", "threePublicGroup", "initialBudget"));
    }

    public LedgerTopic assets(String date, String total, String inUse) {
        return add(LedgerSamples.envelope("AssetSnapshotRecorded", agencyCode, LocalDate.parse(date).getYear(),
                next(), data("snapshotDate", date, "totalOriginalValue", new BigDecimal(total),
                        "inUseOriginalValue", new BigDecimal(inUse))));
    }

    /** An event whose data cannot be applied (here: a payment without an amount). */
    LedgerTopic brokenPayment() {
        return add(LedgerSamples.without(LedgerSamples.envelope("PaymentRecorded", agencyCode, YEAR, next(),
                data("payAppId", "BROKEN", "payDate", "2023-05-01", "expenseKind", "running",
                        "threePublicGroup", null)), "xpayAmt"));
    }

    private long next() {
        return events.size() + 1;
    }

    private LedgerTopic add(ObjectNode envelope) {
        events.add(LedgerSamples.json(envelope));
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
    public void publish(List<String> values) {
        publish(values, values.stream().map(value -> List.<Header>of()).toList());
    }

    /** As {@link #publish(List)}, each record with its headers (the same index). */
    void publish(List<String> values, List<List<Header>> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(TOPIC, null, agencyCode, values.get(i), headers.get(i)));
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
