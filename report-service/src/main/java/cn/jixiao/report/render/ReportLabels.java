package cn.jixiao.report.render;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.report.assembly.DisplayFormat;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Header;
import cn.jixiao.report.model.Section;

/** The fixed wording both renderings share: titles, the header block's fields, and how findings are labelled. */
public final class ReportLabels {

    public static final String TITLE = "部门整体支出绩效自评报告";
    public static final String ATTACHMENT_TITLE = "附件：部门整体支出绩效自评表";
    public static final String FINDINGS_TITLE = "一致性检查";
    public static final String COVERAGE_LABEL = "数字核对：";

    private static final String NARRATIVE_PREFIX = "narrative.";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReportLabels() {
    }

    /** "2023年度". */
    public static String fiscalYear(Header header) {
        return header.fiscalYear() + "年度";
    }

    /** 部门名称, 所属下级预算单位数量, 填报人, 联系电话, 填报日期, in that order. */
    public static List<Field> headerFields(Header header) {
        return List.of(
                new Field("部门名称", orMissing(header.agencyName())),
                new Field("所属下级预算单位数量", DisplayFormat.count(header.subordinateUnits())),
                new Field("填报人", orMissing(header.filledBy())),
                new Field("联系电话", orMissing(header.phone())),
                new Field("填报日期", header.filledOn() == null ? DisplayFormat.MISSING
                        : CHINESE_DATE.format(header.filledOn())));
    }

    /** The findings as shown; a {@code where} naming a section (e.g. narrative.expenditure) shows its heading. */
    public static List<FindingLine> findingLines(List<Finding> findings, List<Section> sections) {
        if (findings == null) {
            return List.of();
        }
        Map<String, String> headings = new HashMap<>();
        collectHeadings(sections, headings);
        return findings.stream()
                .map(f -> new FindingLine(severity(f.severity()), f.message(), where(f, headings),
                        f.excerpt() == null ? null : f.excerpt().sentence()))
                .toList();
    }

    /** "数字核对：12 个数字已核对，3 个未能核对", or null for a report without coverage (published before it existed). */
    public static String coverageLine(Coverage coverage) {
        return coverage == null ? null : COVERAGE_LABEL + coverage.summary();
    }

    /** The section's heading, and for a figure of the narrative its paragraph and character: "（五）…，第2段第15字". */
    private static String where(Finding finding, Map<String, String> headings) {
        String section = where(finding.where(), headings);
        Finding.Excerpt excerpt = finding.excerpt();
        return excerpt == null ? section
                : section + "，第" + excerpt.paragraph() + "段第" + excerpt.character() + "字";
    }

    private static String where(String where, Map<String, String> headings) {
        if (where == null || where.isBlank()) {
            return DisplayFormat.MISSING;
        }
        String key = where.startsWith(NARRATIVE_PREFIX) ? where.substring(NARRATIVE_PREFIX.length()) : where;
        return headings.getOrDefault(key, where);
    }

    private static void collectHeadings(List<Section> sections, Map<String, String> into) {
        for (Section section : sections) {
            into.put(section.key(), section.number() + section.title());
            collectHeadings(section.children(), into);
        }
    }

    private static String severity(String severity) {
        return switch (severity) {
            case "error" -> "错误";
            case "info" -> "未核对";
            default -> "提示";
        };
    }

    private static String orMissing(String value) {
        return value == null || value.isBlank() ? DisplayFormat.MISSING : value;
    }

    public record Field(String label, String value) {
    }

    /** A finding as shown: 错误, 提示 or 未核对, the message, where it is, and the sentence (or null). */
    public record FindingLine(String severity, String message, String where, String sentence) {
    }
}
