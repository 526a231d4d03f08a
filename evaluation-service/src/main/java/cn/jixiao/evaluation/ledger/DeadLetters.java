package cn.jixiao.evaluation.ledger;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends an event that can never be applied to {@code budget.ledger.v1.dlq}, unchanged, with the reason in the
 * {@code dead-letter-reason} header, and waits for the broker's acknowledgement before the consumer moves on.
 */
@Startup // its counter exists from the start, as the alert on it expects
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<String> deadLetters;
    private final Counter sent;

    DeadLetters(@Channel("ledger-dead-letter") MutinyEmitter<String> deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.sent = Counter.builder("jixiao.ledger.dead.letters")
                .description("Ledger events sent to the dead-letter topic by this instance").register(registry);
    }

    void send(String key, String value, String reason) {
        LOG.warnf("ledger event dead-lettered (key %s): %s", key, reason);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(new org.apache.kafka.common.header.internals.RecordHeaders()
                        .add("dead-letter-reason", reason.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .add("dead-letter-topic", "budget.ledger.v1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        deadLetters.sendMessageAndAwait(Message.of(value).addMetadata(metadata));
        sent.increment();
    }
}
