package cn.jixiao.report.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A published version as the portal lists it, with the addresses of its JSON, HTML and Word renderings. */
public record PublishedView(String agencyCode, String agencyName, String mofDivCode, int fiscalYear, int version,
        BigDecimal total, String grade, Instant publishedAt, String contentHash, Links links) {

    public record Links(String json, String html, String docx) {
    }

    public static PublishedView of(cn.jixiao.report.repository.PublishedReport r) {
        String base = "/api/v1/public/reports/" + r.agencyCode + "/" + r.fiscalYear + "/versions/" + r.version;
        return new PublishedView(r.agencyCode, r.agencyName, r.mofDivCode, r.fiscalYear, r.version, r.total, r.grade,
                r.publishedAt, r.contentHash, new Links(base, base + ".html", base + ".docx"));
    }
}
