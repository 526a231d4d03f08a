package cn.jixiao.evaluation.stream;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.evaluation.api.ScoreChange;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fans score changes out to server-sent-event clients. It reads them back from {@code evaluation.scores.v1} with a
 * consumer group of its own per instance, so that a client connected to any instance sees changes computed by all.
 */
@ApplicationScoped
public class ScoreStream {

    private static final Logger LOG = Logger.getLogger(ScoreStream.class);
    private static final int CLIENT_BUFFER = 1024;

    private final BroadcastProcessor<ScoreChange> changes = BroadcastProcessor.create();
    private final ObjectMapper json;

    ScoreStream(ObjectMapper json) {
        this.json = json;
    }

    @Incoming("score-changes-in")
    void receive(String value) {
        try {
            changes.onNext(json.readValue(value, ScoreChange.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable record on evaluation.scores.v1 skipped: %s", e.getOriginalMessage());
        }
    }

    public Multi<ScoreChange> ofAgency(String agencyCode, int fiscalYear) {
        return perClient().select().where(c -> c.agencyCode().equals(agencyCode) && c.fiscalYear() == fiscalYear);
    }

    public Multi<ScoreChange> ofRegion(String mofDivCode, int fiscalYear) {
        return perClient().select().where(c -> c.fiscalYear() == fiscalYear
                && (mofDivCode == null || mofDivCode.equals(c.mofDivCode())));
    }

    /** A broadcast ignores demand: each client gets a buffer of its own, so a burst of changes never cuts it off. */
    private Multi<ScoreChange> perClient() {
        return changes.onOverflow().buffer(CLIENT_BUFFER);
    }
}
