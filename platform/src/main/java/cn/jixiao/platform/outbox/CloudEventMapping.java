package cn.jixiao.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * How a service's outbox rows become CloudEvents: {@code columns} is the select list the relay reads with each row
 * besides its id, key and value, and {@code attributes} turns those columns' values, in that order, into the
 * record's attributes.
 */
public record CloudEventMapping(String columns, Function<Object[], CloudEvent> attributes) {

    /** A {@code timestamptz} value of a native query, whichever of the JDBC or java.time types it arrives as. */
    public static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : Instant.from((TemporalAccessor) value);
    }
}
