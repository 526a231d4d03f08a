package cn.jixiao.evaluation.ledger;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Runs a rebuild in the background: a rebuild of a large topic takes longer than any HTTP client, proxy or the
 * service's own idle timeout waits for an answer, so the request only starts it and its state is read afterwards.
 * One rebuild at a time per instance.
 */
@ApplicationScoped
public class RebuildJob {

    private static final Logger LOG = Logger.getLogger(RebuildJob.class);

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * The last rebuild started on this instance: its state, when it started and ended, its result or error, and its
     * progress (phase, processed of total, rate, seconds left).
     */
    public record Status(State state, Instant startedAt, Instant endedAt, LedgerRebuild.Result result, String error,
            RebuildProgress progress) {
    }

    private final LedgerRebuild rebuild;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "ledger-rebuild"));
    private volatile Status status = new Status(State.IDLE, null, null, null, null, null);

    RebuildJob(LedgerRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a rebuild; returns null when one is already running. */
    public synchronized Status start() {
        if (status.state() == State.RUNNING) {
            return null;
        }
        Instant started = Instant.now();
        status = new Status(State.RUNNING, started, null, null, null, null);
        worker.submit(() -> {
            try {
                status = new Status(State.DONE, started, Instant.now(), rebuild.run(), null, null);
            } catch (RuntimeException e) {
                LOG.error("ledger rebuild failed", e);
                status = new Status(State.FAILED, started, Instant.now(), null, LedgerFailures.describe(e), null);
            }
        });
        return status;
    }

    public Status status() {
        Status current = status;
        return current.state() == State.IDLE ? current
                : new Status(current.state(), current.startedAt(), current.endedAt(), current.result(), current.error(),
                        rebuild.progress());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }
}
