package cn.jixiao.budget.outbox;

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
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's Kafka producer: idempotent, {@code acks=all}, with short timeouts so that an unreachable broker fails a
 * batch within seconds. A plain producer, not a messaging channel: the relay waits for the acknowledgements while it
 * holds its database transaction, and callbacks must not run inside that transaction on other threads.
 */
@ApplicationScoped
public class LedgerProducer {

    static final String TOPIC = "budget.ledger.v1";

    private final KafkaProducer<String, String> producer;
    private final Duration ackTimeout;

    LedgerProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "jixiao.outbox.ack-timeout", defaultValue = "PT30S") Duration ackTimeout) {
        this.ackTimeout = ackTimeout;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "budget-service-outbox-relay",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** A record to send: the agency code is the key, the envelope the value. */
    public record Outgoing(String agencyCode, String envelope) {
    }

    /**
     * Sends the records in order and waits for every one's outcome (not just the first failure), so that no record
     * of a failed batch is still in flight when the batch is retried. Throws if any was not acknowledged.
     */
    public void sendAll(List<Outgoing> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        RuntimeException failure = null;
        for (Outgoing record : records) {
            try {
                acks.add(producer.send(new ProducerRecord<>(TOPIC, record.agencyCode(), record.envelope())));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failure = failure == null ? new IllegalStateException(e.getCause().getMessage(), e.getCause()) : failure;
            } catch (TimeoutException e) {
                failure = failure == null ? new IllegalStateException("no acknowledgement within " + ackTimeout) : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for acknowledgements", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
