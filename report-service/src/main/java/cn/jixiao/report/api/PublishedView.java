package cn.jixiao.report.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A published version as the portal lists it, with the addresses of its JSON, HTML and Word renderings. */
public record PublishedView(String agencyCode, String agencyName, String mofDivCode, int fiscalYear, int version,
        BigDecimal total, String grade, Instant publishedAt, String contentHash, Links links) {

    public record Links(String json, String html, String docx) {
    }
}
