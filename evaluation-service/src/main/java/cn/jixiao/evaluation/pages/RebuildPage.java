package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.jixiao.evaluation.ledger.LedgerRebuild;
import cn.jixiao.evaluation.ledger.RebuildJob;
import cn.jixiao.evaluation.ledger.RebuildProgress;

/**
 * The bureau's page on the ledger rebuild: its state and, while it runs, the phase as a progress bar with the counts,
 * the rate and the time left; the page reloads itself every few seconds until the rebuild has ended.
 *
 * @param refreshSeconds null once nothing changes any more (idle, done, failed)
 */
record RebuildPage(String state, String startedAt, String endedAt, Bar bar, String result, String error,
        Integer refreshSeconds) {

    static final int REFRESH_SECONDS = 3;

    /**
     * The running phase: {@code processed} of {@code total} for the {@code <progress>} element and the same in words
     * for people whose browser does not draw it.
     */
    record Bar(String phase, long processed, long total, String percent, String rate, String eta) {

        public String text() {
            return phase + "：" + processed + " / " + total + "（" + percent + "）";
        }
    }

    static RebuildPage of(RebuildJob.Status status) {
        boolean running = status.state() == RebuildJob.State.RUNNING;
        return new RebuildPage(stateLabel(status.state()), PageFormat.time(status.startedAt()),
                PageFormat.time(status.endedAt()), running ? bar(status.progress()) : null, result(status.result()),
                status.error(), running ? REFRESH_SECONDS : null);
    }

    private static Bar bar(RebuildProgress progress) {
        if (progress == null) {
            return new Bar("准备中", 0, 0, "0.0%", PageFormat.NONE, PageFormat.NONE);
        }
        BigDecimal percent = progress.total() == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(Math.min(progress.processed(), progress.total()) * 100)
                        .divide(BigDecimal.valueOf(progress.total()), 1, RoundingMode.DOWN);
        return new Bar(phaseLabel(progress.phase()), progress.processed(), progress.total(),
                percent.toPlainString() + "%", "每秒 " + progress.perSecond().toPlainString() + " 条",
                progress.etaSeconds() == null ? "正在估算" : "约 " + duration(progress.etaSeconds()));
    }

    private static String result(LedgerRebuild.Result result) {
        return result == null ? null
                : "读取 " + result.records() + " 条台账记录，应用 " + result.applied() + " 条，重新计算 "
                        + result.agencyYears() + " 个单位年度的评分，用时 " + duration((result.millis() + 999) / 1000);
    }

    static String duration(long seconds) {
        return seconds < 60 ? seconds + " 秒" : seconds / 60 + " 分 " + seconds % 60 + " 秒";
    }

    private static String stateLabel(RebuildJob.State state) {
        return switch (state) {
            case IDLE -> "本实例启动以来未重建";
            case RUNNING -> "正在重建";
            case DONE -> "已完成";
            case FAILED -> "失败";
        };
    }

    private static String phaseLabel(String phase) {
        return switch (phase) {
            case "replaying" -> "重放台账记录";
            case "scoring" -> "重新计算评分";
            default -> phase;
        };
    }
}
