package cn.jixiao.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An idempotent, {@code acks=all} producer with short timeouts, so that an unreachable broker fails a batch within
 * seconds. A plain producer rather than a messaging channel: no callback runs on another thread with the relay's
 * state, and the relay decides itself when a batch counts as sent.
 */
final class KafkaBatchSender implements AutoCloseable {

    /** One record: key, value and headers, and who is told its outcome. */
    record Outgoing(String key, String value, List<Header> headers, Delivery delivery) {
    }

    /** Told each record's outcome: acknowledged where it was written, or failed (including never sent). */
    interface Delivery {
        void acknowledged(RecordMetadata metadata);

        void failed(String reason);
    }

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final Duration ackTimeout;

    KafkaBatchSender(String bootstrapServers, String clientId, String topic, Duration ackTimeout) {
        this.topic = topic;
        this.ackTimeout = ackTimeout;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /**
     * Sends the records in order and waits for every one's outcome (not just the first failure), so that no record
     * of a failed batch is still in flight when the batch is retried. Throws if any was not acknowledged.
     */
    void sendAll(List<Outgoing> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        RuntimeException failure = null;
        for (Outgoing record : records) {
            try {
                acks.add(producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers())));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            Delivery delivery = records.get(i).delivery();
            try {
                delivery.acknowledged(acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                failure = failure == null ? new IllegalStateException(e.getCause().getMessage(), e.getCause()) : failure;
                delivery.failed(e.getCause().getMessage());
            } catch (TimeoutException e) {
                failure = failure == null ? new IllegalStateException("no acknowledgement within " + ackTimeout) : failure;
                delivery.failed("no acknowledgement within " + ackTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                records.subList(i, records.size()).forEach(record -> record.delivery().failed("interrupted"));
                throw new IllegalStateException("interrupted while waiting for acknowledgements", e);
            }
        }
        for (Outgoing unsent : records.subList(acks.size(), records.size())) {
            unsent.delivery().failed("not sent: " + failure.getMessage());
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
