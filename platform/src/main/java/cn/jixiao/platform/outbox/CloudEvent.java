package cn.jixiao.platform.outbox;

import java.time.Instant;

/**
 * The CloudEvents attributes that differ from record to record of one outbox; the relay adds the others.
 * {@code type} is the event's type within its topic (e.g. {@code PaymentRecorded}), {@code subject} its agency code.
 */
public record CloudEvent(String id, String type, Instant time, String subject) {
}
