package cn.jixiao.report.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published version as the portal lists it, with the addresses of its renderings and the files frozen with it (PDF
 * and 自评表, with their SHA-256). Versions published before PDF and 自评表 were frozen have {@code pdf} and
 * {@code scoreTable} null and no {@code files}.
 */
public record PublishedView(String agencyCode, String agencyName, String mofDivCode, int fiscalYear, int version,
        BigDecimal total, String grade, Instant publishedAt, String contentHash, Links links, List<FrozenFile> files) {

    public record Links(String json, String html, String docx, String pdf, String scoreTable) {
    }

    /** A file frozen at publication: {@code format} {@code pdf} or {@code score-table}, its size and SHA-256. */
    public record FrozenFile(String format, String href, int sizeBytes, String sha256) {
    }
}
