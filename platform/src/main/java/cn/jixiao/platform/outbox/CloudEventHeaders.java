package cn.jixiao.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers of the CloudEvents Kafka protocol binding in binary mode: the record's value stays the event's JSON
 * as it is, and the attributes travel as {@code ce_*} headers, so that generic consumers and tools understand the
 * record without knowing its payload (docs/events.md, "CloudEvents headers").
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    private static final String TYPE_PREFIX = "cn.jixiao.";

    private CloudEventHeaders() {
    }

    /**
     * The headers of one record of {@code topic}. {@code ce_type} is {@code cn.jixiao.<topic>.<type>}, naming the
     * topic's version (e.g. {@code cn.jixiao.budget.ledger.v1.PaymentRecorded}); {@code ce_time} is RFC 3339 in UTC
     * as {@link java.time.Instant#toString()} writes it, the same text as the envelope's timestamp.
     */
    public static List<Header> of(URI source, String topic, CloudEvent event) {
        return List.of(
                header("ce_specversion", SPEC_VERSION),
                header("ce_id", event.id()),
                header("ce_source", source.toString()),
                header("ce_type", TYPE_PREFIX + topic + "." + event.type()),
                header("ce_time", event.time().toString()),
                header("ce_subject", event.subject()),
                header("content-type", CONTENT_TYPE));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
