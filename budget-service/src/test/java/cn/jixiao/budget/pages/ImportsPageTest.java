package cn.jixiao.budget.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.budget.api.ImportStatus;

/** Given an import's status, the bar the page draws and what it says; and whether the page reloads itself. */
class ImportsPageTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-02T02:00:00Z");

    record Case(ImportStatus status, Integer max, Integer value, String text, String label) {
    }

    private static ImportStatus status(String state, int read, int validated, int stored, Integer expected, Long eta,
            int errors, Instant finished) {
        return new ImportStatus(UUID.randomUUID(), "payments", "p.xlsx", state, read, validated, stored, stored, 0,
                expected, eta, errors, List.of(), null, null, SUBMITTED, SUBMITTED, finished);
    }

    @Test
    void eachStateAsABarAndInWords() {
        Instant ended = SUBMITTED.plusSeconds(20);
        for (Case c : List.of(
                new Case(status("queued", 0, 0, 0, null, null, 0, null), null, null, "排队等待导入", "排队中"),
                // size not known yet: an indeterminate bar
                new Case(status("running", 0, 0, 0, null, null, 0, null), null, null, "已读取 0 行，已校验 0 行", "导入中"),
                new Case(status("running", 25_000, 24_000, 0, 100_000, 30L, 0, null), 100_000, 25_000,
                        "已读取 25000 行（共约 100000 行），已校验 24000 行，预计还需 30 秒", "导入中"),
                // the estimate fell short of the rows read: the bar stays full, never past its end
                new Case(status("running", 1_010, 1_000, 0, 1_000, 0L, 0, null), 1_000, 1_000,
                        "已读取 1010 行（共约 1000 行），已校验 1000 行，预计还需 0 秒", "导入中"),
                new Case(status("stored", 100_000, 100_000, 100_000, 100_000, null, 0, ended), 100_000, 100_000,
                        "已存储 100000 行（新增 100000 行，重复 0 行）", "已存储"),
                new Case(status("rejected", 500, 500, 0, 500, null, 1, ended), 500, 500,
                        "共 500 行，发现 1 处错误，未存储任何数据", "已拒绝"))) {
            ImportsPage.Row row = ImportsPage.of(List.of(c.status()), false).rows().get(0);
            assertEquals(c.max(), row.max(), c.text());
            assertEquals(c.value(), row.value(), c.text());
            assertEquals(c.text(), row.text());
            assertEquals(c.label(), row.status());
            assertEquals("2026-12-02 10:00:00", row.submittedAt());
        }
    }

    @Test
    void thePageReloadsOnlyWhileAnImportRuns() {
        ImportStatus done = status("stored", 1, 1, 1, 1, null, 0, SUBMITTED.plusSeconds(1));
        ImportStatus running = status("running", 1, 1, 0, 2, 1L, 0, null);
        assertEquals(ImportsPage.REFRESH_SECONDS, ImportsPage.of(List.of(done, running), false).refreshSeconds());
        assertNull(ImportsPage.of(List.of(done), false).refreshSeconds());
        assertNull(ImportsPage.of(List.of(), false).refreshSeconds());
    }
}
