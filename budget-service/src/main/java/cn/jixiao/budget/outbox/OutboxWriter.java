package cn.jixiao.budget.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.budget.event.LedgerEnvelope;
import cn.jixiao.platform.tracing.StoredTrace;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Appends events to the outbox on the caller's transaction, so that an event exists if and only if its ledger change
 * was committed. One JDBC batch per request keeps a 5,000-item batch fast. Each row keeps the trace context of the
 * request that wrote it, which the relay continues.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "insert into outbox_event "
            + "(event_id, agency_code, fiscal_year, sequence, type, occurred_at, envelope, traceparent, tracestate) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    OutboxWriter(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public void append(List<LedgerEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> envelopes = events.stream().map(this::serialise).toList();
        StoredTrace trace = StoredTrace.of(Context.current());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    LedgerEnvelope event = events.get(i);
                    insert.setObject(1, event.eventId());
                    insert.setString(2, event.agencyCode());
                    if (event.fiscalYear() == null) {
                        insert.setNull(3, Types.INTEGER);
                    } else {
                        insert.setInt(3, event.fiscalYear());
                    }
                    insert.setLong(4, event.sequence());
                    insert.setString(5, event.type());
                    insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
                    insert.setString(7, envelopes.get(i));
                    insert.setString(8, trace.traceparent());
                    insert.setString(9, trace.tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String serialise(LedgerEnvelope event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventId() + " cannot be serialised", e);
        }
    }
}
