package cn.jixiao.evaluation.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RebuildProgressTest {

    @ParameterizedTest(name = "{0} of {1} in {2} ms: {3}/s, {4} s left")
    @CsvSource(nullValues = "-", value = {
        "0,       1000000, 0,     0,       -",
        "0,       1000000, 5000,  0,       -",
        "500000,  1000000, 25000, 20000.0, 25",
        "999999,  1000000, 48000, 20833.3, 1",
        "1000000, 1000000, 48400, 20661.2, 0",
        "141,     141,     900,   156.7,   0",
    })
    void rateAndTimeLeft(long processed, long total, long millis, String perSecond, Long eta) {
        RebuildProgress progress = RebuildProgress.of("replaying", processed, total, millis * 1_000_000L);
        assertEquals(new BigDecimal(perSecond), progress.perSecond());
        assertEquals(eta, progress.etaSeconds());
        assertEquals(total, progress.total());
    }
}
