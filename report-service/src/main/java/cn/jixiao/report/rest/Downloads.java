package cn.jixiao.report.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** Responses for the renderings, with file names that say what they are (Chinese, with an ASCII fallback). */
final class Downloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HTML = "text/html;charset=UTF-8";

    private Downloads() {
    }

    /** {@code version} null: the live draft; else the published version's number. */
    static Response docx(byte[] bytes, String agencyCode, String agencyName, int fiscalYear, Integer version) {
        return report(bytes, DOCX, "docx", agencyCode, agencyName, fiscalYear, version);
    }

    /** {@code body}: the bytes, or a {@code StreamingOutput} of a frozen file. */
    static Response pdf(Object body, String agencyCode, String agencyName, int fiscalYear, Integer version) {
        return report(body, PDF, "pdf", agencyCode, agencyName, fiscalYear, version);
    }

    private static Response report(Object body, String type, String extension, String agencyCode, String agencyName,
            int fiscalYear, Integer version) {
        return attachment(body, type, agencyCode + "-" + fiscalYear + "-self-evaluation-" + asciiVersion(version)
                + "." + extension, (agencyName == null ? agencyCode : agencyName) + "-" + fiscalYear
                        + "年度部门整体支出绩效自评报告" + versionLabel(version) + "." + extension);
    }

    /** The 自评表 as a workbook: live ({@code version} null) or frozen with a published version. */
    static Response scoreSheet(Object body, String agencyCode, String agencyName, int fiscalYear, Integer version) {
        return attachment(body, XLSX, agencyCode + "-" + fiscalYear + "-score-table"
                + (version == null ? "" : "-" + asciiVersion(version)) + ".xlsx",
                (agencyName == null ? agencyCode : agencyName) + "-" + fiscalYear + "年度部门整体支出绩效自评表"
                        + (version == null ? "" : versionLabel(version)) + ".xlsx");
    }

    /** A workbook named for what it lists, e.g. the region overview. */
    static Response workbook(byte[] bytes, String asciiName, String name) {
        return attachment(bytes, XLSX, asciiName, name);
    }

    private static String asciiVersion(Integer version) {
        return version == null ? "draft" : "v" + version;
    }

    private static String versionLabel(Integer version) {
        return version == null ? "（草稿）" : "（第" + version + "版）";
    }

    private static Response attachment(Object body, String type, String asciiName, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    static Response html(String html) {
        return Response.ok(html, HTML).build();
    }
}
