package cn.jixiao.evaluation.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, to the microsecond PostgreSQL keeps: a time answered at once equals the same time read back later. */
final class StoredTime {

    private StoredTime() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
