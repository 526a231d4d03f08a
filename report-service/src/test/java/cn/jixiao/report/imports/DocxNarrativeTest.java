package cn.jixiao.report.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.assembly.SampleDepartment;
import cn.jixiao.report.checks.ConsistencyChecker;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/** The sample-layout Word report: its headings map to the nine sections, and it yields exactly the planted errors. */
class DocxNarrativeTest {

    private final DocxNarrative.Imported imported = DocxNarrative.read(SampleDocx.bytes());

    @Test
    void headingsMapToTheNineSectionsAndUnmappedOnesAreReported() {
        assertEquals(List.of("functions", "organisation", "work", "targets", "expenditure", "evaluation", "problems",
                "plans", "rectification"), List.copyOf(imported.sections().keySet()));
        assertEquals(List.of("四、其他需要说明的事项"), imported.unmapped());
        assertEquals("四、其他需要说明的事项\n\n无。", imported.sections().get("plans").substring(
                imported.sections().get("plans").indexOf("四、")));
        assertEquals("1、组织全县新闻宣传和重大报道活动。\n\n2、负责广播电视节目的安全传输和播出。",
                imported.sections().get("functions"));
        assertTrue(imported.sections().get("work").startsWith("一、坚持正确导向"), "typed numbers stay in the text");
    }

    @Test
    void tablesBecomeCheckableLines() {
        assertTrue(imported.sections().get("expenditure").contains(
                "301 工资福利支出（金额）1475.19万元，301 工资福利支出（占比）79.44%\n"));
        assertTrue(imported.sections().get("evaluation").contains(
                "支出完成率（分值）10分，支出完成率（实际完成值）95.33%，支出完成率（得分）9.53分"));
    }

    @Test
    void exactlyThePlantedErrorsAndNoFalseAlarm() {
        ConsistencyChecker.Result result = ConsistencyChecker.check(SampleDepartment.figures(),
                new Narrative(imported.sections()));
        List<Finding> findings = result.findings();
        assertEquals(Coverage.of(14, 3), result.coverage(), "the three 占比 percentages stay unchecked");
        assertEquals(List.of(
                new Finding("error", "stated-value", "所述实际支出 1843.36万元 有误，应为 1834.36万元", "narrative.expenditure"),
                new Finding("error", "stated-value", "所述工资福利支出 1475.19万元 有误，应为 1457.19万元",
                        "narrative.expenditure"),
                new Finding("error", "stated-value",
                        "“结转结余率”段落所述比率 95% 与结转结余率 4.67% 不符（95% 为支出完成率）", "narrative.evaluation")),
                findings.stream().filter(f -> f.severity().equals("error")).toList());
        assertEquals(Set.of("named-projects-sum", "numbering"), findings.stream()
                .filter(f -> f.severity().equals("warning")).map(Finding::rule).collect(Collectors.toSet()));
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefused() {
        ReportRefused refused = assertThrows(ReportRefused.class,
                () -> DocxNarrative.read("这不是Word文档".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, refused.status());
    }
}
