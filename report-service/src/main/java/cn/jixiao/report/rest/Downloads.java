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

    static Response pdf(byte[] bytes, String agencyCode, String agencyName, int fiscalYear, Integer version) {
        return report(bytes, PDF, "pdf", agencyCode, agencyName, fiscalYear, version);
    }

    private static Response report(byte[] bytes, String type, String extension, String agencyCode, String agencyName,
            int fiscalYear, Integer version) {
        return attachment(bytes, type, agencyCode + "-" + fiscalYear + "-self-evaluation-"
                + (version == null ? "draft" : "v" + version) + "." + extension,
                (agencyName == null ? agencyCode : agencyName) + "-" + fiscalYear + "年度部门整体支出绩效自评报告"
                        + (version == null ? "（草稿）" : "（第" + version + "版）") + "." + extension);
    }

    /** The live 自评表 as a workbook. */
    static Response scoreSheet(byte[] bytes, String agencyCode, String agencyName, int fiscalYear) {
        return attachment(bytes, XLSX, agencyCode + "-" + fiscalYear + "-score-table.xlsx",
                (agencyName == null ? agencyCode : agencyName) + "-" + fiscalYear + "年度部门整体支出绩效自评表.xlsx");
    }

    private static Response attachment(byte[] bytes, String type, String asciiName, String name) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    static Response html(String html) {
        return Response.ok(html, HTML).build();
    }
}
