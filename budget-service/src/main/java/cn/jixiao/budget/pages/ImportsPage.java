package cn.jixiao.budget.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.jixiao.budget.api.ImportStatus;

/**
 * The recent spreadsheet imports, each with a progress bar: rows read of the rows expected while it runs (an
 * indeterminate bar while queued or before the size is known), full once it has ended. The page reloads itself while
 * any import has not ended.
 *
 * @param refreshSeconds null when every import listed has ended
 */
record ImportsPage(List<Row> rows, Integer refreshSeconds) {

    static final int REFRESH_SECONDS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * One import; {@code max} and {@code value} null make the bar indeterminate; {@code text} says the same in words.
     */
    record Row(String id, String kind, String fileName, String status, String submittedAt, Integer max,
            Integer value, String text, String errorSheet) {
    }

    static ImportsPage of(List<ImportStatus> imports, boolean errorSheets) {
        List<Row> rows = imports.stream().map(status -> row(status, errorSheets)).toList();
        boolean running = imports.stream().anyMatch(status -> status.finishedAt() == null);
        return new ImportsPage(rows, running ? REFRESH_SECONDS : null);
    }

    private static Row row(ImportStatus s, boolean errorSheets) {
        Integer max = s.rowsExpected();
        Integer value = null;
        if (s.finishedAt() != null) {
            max = Math.max(s.rowsRead(), 1);
            value = max;
        } else if (max != null) {
            value = Math.min(s.rowsRead(), max);
        }
        return new Row(s.id().toString(), "payments".equals(s.kind()) ? "支付" : "预算指标", s.fileName(),
                statusLabel(s.status()), time(s.submittedAt()), max, value, text(s),
                errorSheets ? s.errorSheet() : null);
    }

    private static String text(ImportStatus s) {
        return switch (s.status()) {
            case "queued" -> "排队等待导入";
            case "running" -> "已读取 " + s.rowsRead() + " 行" + (s.rowsExpected() == null ? "" : "（共约 "
                    + s.rowsExpected() + " 行）") + "，已校验 " + s.rowsValidated() + " 行"
                    + (s.etaSeconds() == null ? "" : "，预计还需 " + s.etaSeconds() + " 秒");
            case "stored" -> "已存储 " + s.rowsStored() + " 行（新增 " + s.created() + " 行，重复 " + s.duplicates()
                    + " 行）";
            case "rejected" -> "共 " + s.rowsRead() + " 行，发现 " + s.errorCount() + " 处错误，未存储任何数据";
            default -> "导入失败，未存储任何数据" + (s.detail() == null ? "" : "：" + s.detail());
        };
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "queued" -> "排队中";
            case "running" -> "导入中";
            case "stored" -> "已存储";
            case "rejected" -> "已拒绝";
            default -> "失败";
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }
}
