package cn.jixiao.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.assembly.ReportWalk;
import cn.jixiao.report.assembly.SampleDepartment;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.model.Section;

class HtmlRendererTest {

    private final AssembledReport report = SampleDepartment.report();
    private final String html = HtmlRenderer.render(report);

    @Test
    void isAStandalonePrintableChinesePageWithoutScript() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"UTF-8\">"));
        assertTrue(html.contains("@page { size: A4;"));
        assertTrue(html.contains("<title>大埔县融媒体中心2023年度部门整体支出绩效自评报告</title>"));
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.trim().endsWith("</html>"));
    }

    @Test
    void showsTheHeaderBlock() {
        for (String field : List.of("部门名称：</span><span class=\"value\">大埔县融媒体中心",
                "所属下级预算单位数量：</span><span class=\"value\">0", "填报人：</span><span class=\"value\">何秀明",
                "联系电话：</span><span class=\"value\">0753-5522401", "填报日期：</span><span class=\"value\">2024年8月23日")) {
            assertTrue(html.contains(field), field);
        }
    }

    @Test
    void everySectionIsAHeadingOfItsLevel() {
        for (Section section : ReportWalk.sections(report)) {
            String heading = Pattern.quote(section.number() + section.title());
            assertTrue(Pattern.compile("<h[2-5] id=\"" + Pattern.quote(section.key()) + "\">" + heading + "</h[2-5]>")
                    .matcher(html).find(), section.title());
        }
        assertTrue(html.contains("<h2 id=\"basic\">一、部门基本情况</h2>"));
        assertTrue(html.contains("<h3 id=\"expenditure\">（五）部门整体支出情况</h3>"));
        assertTrue(html.contains("<h4 id=\"indicator.2\">2.预算执行</h4>"));
        assertTrue(html.contains("<h5 id=\"indicator.2.1\">（1）资金管理</h5>"));
    }

    @Test
    void statesTheKeyFiguresAndBothExpenditureTables() {
        for (String figure : List.of("1924.28万元", "1834.36万元", "95.33%", "1786.59万元", "47.77万元", "2156.69万元",
                "自评得分90分，等级为优")) {
            assertTrue(html.contains(figure), figure);
        }
        assertTrue(html.contains("<tr><td>301 工资福利支出</td><td>1457.19</td><td>79.44%</td></tr>"));
        assertTrue(html.contains("<tr class=\"total\"><td>合计</td><td>47.77</td><td>47.77</td><td>100.00%</td></tr>"));
        assertTrue(html.contains("<th>项目名称</th><th>预算（万元）</th><th>支出（万元）</th><th>支出率</th>"));
    }

    @Test
    void narrativeListsAreRealLists() {
        assertTrue(html.contains("<ol>\n<li>组织全县重大宣传报道。</li>\n<li>管理广播电视和新媒体平台。</li>\n"
                + "<li>保障节目安全优质播出。</li>\n</ol>"), html);
        assertTrue(html.contains("<ul>\n<li>做好主题宣传</li>"));
    }

    @Test
    void scoreTableIsTheAttachmentWithARowPerIndicatorAndTheTotal() {
        assertTrue(html.contains("<h2 id=\"attachment\">附件：部门整体支出绩效自评表</h2>"));
        Matcher rows = Pattern.compile("<tr class=\"level-(\\d)\"><td class=\"name\">([^<]*)</td>").matcher(
                html.substring(html.indexOf("<table class=\"scores\">")));
        Map<String, Integer> levels = new HashMap<>();
        int count = 0;
        while (rows.find()) {
            levels.put(rows.group(2), Integer.parseInt(rows.group(1)));
            count++;
        }
        assertEquals(SampleDepartment.scoreTable().rows().size(), count);
        assertEquals(3, levels.get("支出完成率"));
        assertEquals(1, levels.get("预算执行"));
        assertTrue(html.contains("<td class=\"name\">支出完成率</td><td class=\"number\">10</td>"
                + "<td class=\"number\">95.33%</td><td class=\"number\">9.53</td><td class=\"status\">已评分</td>"));
        assertTrue(html.contains("<tr class=\"total\"><td class=\"name\">合计</td><td class=\"number\">100</td>"
                + "<td class=\"number\"></td><td class=\"number\">90.00</td><td class=\"status\"></td>"
                + "<td>等级：优</td></tr>"));
    }

    @Test
    void footerSaysWhatTheFiguresInclude() {
        assertTrue(html.contains("<footer class=\"as-of\">数据截至：预算执行 第1287号变更 2024-08-20 10:15；"
                + "评分 第1287号变更 2024-08-20 10:16</footer>"));
    }

    @Test
    void coverageAndUnverifiedFiguresAreShown() {
        String page = HtmlRenderer.render(SampleDepartment.report(SampleDepartment.narrative(), List.of(
                new Finding("info", "unverified", "所述 12万元 未能核对：未能确定所指的账面数字", "narrative.expenditure",
                        new Finding.Excerpt(2, 11, "本年另收到捐赠资金12万元；")))));
        assertTrue(page.contains("<p class=\"coverage\">数字核对：0 个数字已核对，0 个未能核对</p>"));
        assertTrue(page.contains("【未核对】</span>所述 12万元 未能核对：未能确定所指的账面数字<span class=\"where\">"
                + "（位置：（五）部门整体支出情况，第2段第11字）</span><span class=\"sentence\">原句：本年另收到捐赠资金12万元；</span>"),
                page);
    }

    @Test
    void findingsAreShownInAMarkedBoxOnlyWhenThereAreAny() {
        assertFalse(html.contains("class=\"findings\""));

        String withFindings = HtmlRenderer.render(SampleDepartment.report(SampleDepartment.narrative(), List.of(
                new Finding("error", "named-projects", "点名项目之和与项目支出合计不符", "narrative.expenditure"))));

        assertTrue(withFindings.contains("<aside class=\"findings\" role=\"note\">"));
        assertTrue(withFindings.contains("一致性检查（1项）"));
        assertTrue(withFindings.contains(
                "【错误】</span>点名项目之和与项目支出合计不符<span class=\"where\">（位置：（五）部门整体支出情况）"));
    }

    @Test
    void escapesWhatTheDepartmentWrote() {
        Narrative hostile = new Narrative(Map.of("problems", "<script>alert('x')</script> & \"引号\"",
                "plans", "1、<b>加粗</b>"));

        String rendered = HtmlRenderer.render(SampleDepartment.report(hostile, List.of()));

        assertFalse(rendered.contains("<script>"));
        assertFalse(rendered.contains("<b>加粗"));
        assertTrue(rendered.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;"), rendered);
        assertTrue(rendered.contains("<li>&lt;b&gt;加粗&lt;/b&gt;</li>"));
    }
}
