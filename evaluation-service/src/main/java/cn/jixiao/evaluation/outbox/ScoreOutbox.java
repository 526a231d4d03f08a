package cn.jixiao.evaluation.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.ScoreChange;
import cn.jixiao.platform.tracing.StoredTrace;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Writes every change of total or grade to the outbox, in the transaction that computed it, with the trace context of
 * the recalculation (which the relay continues).
 */
@ApplicationScoped
public class ScoreOutbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    ScoreOutbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    void append(@Observes ScoreChange change) {
        String payload;
        try {
            payload = json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score change cannot be serialised", e);
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into score_outbox (event_id, agency_code, payload, created_at, traceparent, tracestate) "
                            + "values (?, ?, ?, ?, ?, ?)")) {
                StoredTrace trace = StoredTrace.of(Context.current());
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, change.agencyCode());
                insert.setString(3, payload);
                insert.setTimestamp(4, Timestamp.from(change.changedAt()));
                insert.setString(5, trace.traceparent());
                insert.setString(6, trace.tracestate());
                insert.executeUpdate();
            }
        });
    }
}
