package cn.jixiao.evaluation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.ledger.LedgerRebuild;
import cn.jixiao.evaluation.ledger.RebuildJob;
import cn.jixiao.evaluation.ledger.RebuildProgress;

/** What the rebuild page states for each state of the job: given a status, the bar, the words and the refresh. */
class RebuildPageTest {

    private static final Instant STARTED = Instant.parse("2026-12-02T02:00:00Z");

    record Case(RebuildProgress progress, String text, String percent, String rate, String eta) {
    }

    @Test
    void aRunningRebuildIsABarWithCountsRateAndTimeLeft() {
        for (Case c : List.of(
                // 250,000 of 1,000,000 at 20,000/s: 750,000 left, 38 s (what RebuildProgress computed)
                new Case(new RebuildProgress("replaying", 250_000, 1_000_000, new BigDecimal("20000.0"), 38L),
                        "重放台账记录：250000 / 1000000（25.0%）", "25.0%", "每秒 20000.0 条", "约 38 秒"),
                // 2 of 3 agency-years: 66.66… rounded down, never shown as done before it is
                new Case(new RebuildProgress("scoring", 2, 3, new BigDecimal("4.0"), 1L),
                        "重新计算评分：2 / 3（66.6%）", "66.6%", "每秒 4.0 条", "约 1 秒"),
                // nothing processed yet: no rate, no estimate
                new Case(new RebuildProgress("replaying", 0, 500, BigDecimal.ZERO, null),
                        "重放台账记录：0 / 500（0.0%）", "0.0%", "每秒 0 条", "正在估算"),
                // an empty topic
                new Case(new RebuildProgress("replaying", 0, 0, BigDecimal.ZERO, null),
                        "重放台账记录：0 / 0（0.0%）", "0.0%", "每秒 0 条", "正在估算"),
                // 125 s left: minutes and seconds
                new Case(new RebuildProgress("replaying", 10, 260, new BigDecimal("2.0"), 125L),
                        "重放台账记录：10 / 260（3.8%）", "3.8%", "每秒 2.0 条", "约 2 分 5 秒"))) {
            RebuildPage page = RebuildPage.of(new RebuildJob.Status(RebuildJob.State.RUNNING, STARTED, null, null, null,
                    c.progress()));
            assertEquals("正在重建", page.state());
            assertEquals(c.text(), page.bar().text(), c.toString());
            assertEquals(c.percent(), page.bar().percent());
            assertEquals(c.rate(), page.bar().rate());
            assertEquals(c.eta(), page.bar().eta());
            assertEquals(c.progress().processed(), page.bar().processed());
            assertEquals(c.progress().total(), page.bar().total());
            assertEquals(RebuildPage.REFRESH_SECONDS, page.refreshSeconds(), "reloads while running");
        }
    }

    @Test
    void anEndedRebuildStopsReloadingAndSaysHowItEnded() {
        RebuildPage done = RebuildPage.of(new RebuildJob.Status(RebuildJob.State.DONE, STARTED,
                STARTED.plusSeconds(49), new LedgerRebuild.Result(1_000_000, 999_000, 141, 48_400), null,
                new RebuildProgress("scoring", 141, 141, new BigDecimal("300.0"), 0L)));
        assertEquals("已完成", done.state());
        assertNull(done.bar());
        assertNull(done.refreshSeconds());
        assertEquals("2026-12-02 10:00:49", done.endedAt(), "China time");
        assertEquals("读取 1000000 条台账记录，应用 999000 条，重新计算 141 个单位年度的评分，用时 49 秒", done.result());

        RebuildPage failed = RebuildPage.of(new RebuildJob.Status(RebuildJob.State.FAILED, STARTED,
                STARTED.plusSeconds(3), null, "Kafka 不可用", null));
        assertEquals("失败", failed.state());
        assertEquals("Kafka 不可用", failed.error());
        assertNull(failed.refreshSeconds());

        RebuildPage idle = RebuildPage.of(new RebuildJob.Status(RebuildJob.State.IDLE, null, null, null, null, null));
        assertEquals("本实例启动以来未重建", idle.state());
        assertEquals("—", idle.startedAt());
        assertNull(idle.refreshSeconds());
    }
}
