package cn.jixiao.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonSchemas;

/**
 * Reads what actually reached {@code budget.ledger.v1} on the real broker, for one agency (the record key). Every
 * record read is checked against the topic's JSON Schema (docs/contracts), so each test that reads the topic checks
 * the contract too.
 */
final class LedgerTopic {

    static final String TOPIC = "budget.ledger.v1";
    static final String ENVELOPE_SCHEMA = "budget.ledger.v1/envelope.schema.json";

    private LedgerTopic() {
    }

    /**
     * Waits until at least {@code expected} records keyed by the agency are on the topic, then keeps reading for
     * {@code settle} so that extra (duplicate) records would be seen too. Returns every record found, in offset order.
     */
    static List<JsonNode> eventsOf(String agencyCode, int expected, Duration timeout, Duration settle) {
        return recordsOf(agencyCode, expected, timeout, settle).stream().map(record -> parse(record.value())).toList();
    }

    /** As {@link #eventsOf(String, int, Duration, Duration)}, the records themselves (headers included). */
    static List<ConsumerRecord<String, String>> recordsOf(String agencyCode, int expected, Duration timeout,
            Duration settle) {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (agencyCode.equals(record.key())) {
                        records.add(record);
                    }
                }
                if (records.size() >= expected && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return records;
    }

    static List<JsonNode> eventsOf(String agencyCode, int expected) {
        return eventsOf(agencyCode, expected, Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    /**
     * What a consumer following docs/events.md applies: per agency, sequence n only when it is the last applied plus
     * one; lower sequences are duplicates, higher ones a gap that the relay fills by resending in order.
     */
    static List<JsonNode> appliedInOrder(List<JsonNode> events) {
        List<JsonNode> applied = new ArrayList<>();
        long last = 0;
        for (JsonNode event : events) {
            if (event.get("sequence").asLong() == last + 1) {
                applied.add(event);
                last++;
            }
        }
        return applied;
    }

    static JsonNode parse(String value) {
        JsonNode envelope = ContractFiles.parse(value);
        JsonSchemas.assertValid(ENVELOPE_SCHEMA, envelope);
        return envelope;
    }
}
