package cn.jixiao.evaluation.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a running rebuild is: the ledger records replayed of those on the topic when it started, then the
 * agency-years whose scores are recalculated, with the rate so far and the time left at that rate.
 *
 * @param phase {@code replaying} the topic, then {@code scoring} the agency-years
 * @param processed records replayed, or agency-years scored
 * @param total records on the topic at the start, or agency-years to score
 * @param perSecond processed per second in this phase so far
 * @param etaSeconds seconds left in this phase at that rate; null until the rate is known
 */
public record RebuildProgress(String phase, long processed, long total, BigDecimal perSecond, Long etaSeconds) {

    static RebuildProgress of(String phase, long processed, long total, long elapsedNanos) {
        if (processed == 0 || elapsedNanos <= 0) {
            return new RebuildProgress(phase, processed, total, BigDecimal.ZERO, null);
        }
        BigDecimal perSecond = BigDecimal.valueOf(processed * 1_000_000_000L)
                .divide(BigDecimal.valueOf(elapsedNanos), 1, RoundingMode.HALF_UP);
        long left = Math.max(0, total - processed);
        long eta = perSecond.signum() == 0 ? 0
                : BigDecimal.valueOf(left).divide(perSecond, 0, RoundingMode.CEILING).longValue();
        return new RebuildProgress(phase, processed, total, perSecond, eta);
    }
}
