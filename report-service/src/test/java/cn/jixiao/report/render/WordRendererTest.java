package cn.jixiao.report.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import cn.jixiao.report.assembly.ReportWalk;
import cn.jixiao.report.assembly.SampleDepartment;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Section;

class WordRendererTest {

    private final AssembledReport report = SampleDepartment.report();

    @Test
    void everySectionIsAParagraphWithTheHeadingStyleOfItsLevel() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(report))) {
            for (Section section : ReportWalk.sections(report)) {
                String heading = section.number() + section.title();
                assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals(heading)
                        && p.getStyle() != null && p.getStyle().startsWith("Heading")), heading);
            }
            assertEquals("Heading1", paragraph(document, "一、部门基本情况").getStyle());
            assertEquals("Heading2", paragraph(document, "（五）部门整体支出情况").getStyle());
            assertEquals("Heading3", paragraph(document, "2.预算执行").getStyle());
            assertEquals("Heading4", paragraph(document, "（1）资金管理").getStyle());
            assertEquals("Heading1", paragraph(document, "附件：部门整体支出绩效自评表").getStyle());
        }
    }

    @Test
    void headingStylesAreWordsBuiltInHeadingsWithOutlineLevels() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(report))) {
            for (int level = 1; level <= 4; level++) {
                var style = document.getStyles().getStyle("Heading" + level);
                assertEquals("heading " + level, style.getName());
                assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal());
            }
            assertEquals("黑体", document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0)
                    .getEastAsia());
            assertEquals(BigInteger.valueOf(200),
                    document.getStyles().getStyle("BodyText").getCTStyle().getPPr().getInd().getFirstLineChars());
        }
    }

    @Test
    void titleHeaderBlockAndGeneratedFigures() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(report))) {
            assertEquals("Title", paragraph(document, "部门整体支出绩效自评报告").getStyle());
            String text = allParagraphText(document);
            for (String expected : List.of("部门名称：大埔县融媒体中心", "所属下级预算单位数量：0", "填报人：何秀明",
                    "联系电话：0753-5522401", "填报日期：2024年8月23日", "1924.28万元", "1834.36万元", "95.33%",
                    "自评得分90分，等级为优", "1、组织全县重大宣传报道。")) {
                assertTrue(text.contains(expected), expected);
            }
        }
    }

    @Test
    void expenditureAndScoreTablesAreRealTablesWithRepeatedHeaderRows() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(report))) {
            List<XWPFTable> tables = document.getTables();
            assertEquals(3, tables.size());

            XWPFTable economic = tables.get(0);
            assertEquals(List.of("经济分类", "金额（万元）", "占比"), cells(economic.getRow(0)));
            assertEquals(List.of("301 工资福利支出", "1457.19", "79.44%"), cells(economic.getRow(1)));
            assertEquals(List.of("合计", "1834.36", "100.00%"), cells(economic.getRow(4)));

            XWPFTable projects = tables.get(1);
            assertEquals(List.of("项目名称", "预算（万元）", "支出（万元）", "支出率"), cells(projects.getRow(0)));

            XWPFTable scores = tables.get(2);
            assertEquals(ScoreTableView.HEADER, cells(scores.getRow(0)));
            assertEquals(List.of("支出完成率", "10", "95.33%", "9.53", "已评分", "实际支出 ÷ 调整后预算 × 分值"),
                    cells(scores.getRow(10)));
            assertEquals(List.of("合计", "100", "", "90.00", "", "等级：优"),
                    cells(scores.getRow(scores.getNumberOfRows() - 1)));
            assertEquals(SampleDepartment.scoreTable().rows().size() + 2, scores.getNumberOfRows());
            for (int i = 1; i < scores.getNumberOfRows(); i++) {
                String score = cells(scores.getRow(i)).get(3);
                assertTrue(score.matches("\\d+\\.\\d{2}|—"), "row " + i + " shows the score as " + score);
            }

            for (XWPFTable table : tables) {
                assertTrue(table.getRow(0).isRepeatHeader());
                assertTrue(table.getRows().stream().allMatch(XWPFTableRow::isCantSplitRow));
                assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideHBorderType());
            }
        }
    }

    @Test
    void a4PageWithTheAsOfLineInTheFooter() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(report))) {
            CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW());
            assertEquals(BigInteger.valueOf(16838), size.getH());
            String footer = document.getFooterList().get(0).getText();
            assertTrue(footer.contains("数据截至：预算执行 第1287号变更 2024-08-20 10:15；评分 第1287号变更 2024-08-20 10:16"),
                    footer);
        }
    }

    @Test
    void coverageFollowsTheHeaderFields() throws IOException {
        try (XWPFDocument document = reopen(WordRenderer.render(SampleDepartment.report(SampleDepartment.narrative(),
                List.of())))) {
            assertTrue(allParagraphText(document).contains("数字核对：0 个数字已核对，0 个未能核对"));
        }
    }

    @Test
    void findingsAreASectionAtTheEndOnlyWhenThereAreAny() throws IOException {
        try (XWPFDocument without = reopen(WordRenderer.render(report))) {
            assertFalse(allParagraphText(without).contains("一致性检查"));
        }
        AssembledReport withFindings = SampleDepartment.report(SampleDepartment.narrative(),
                List.of(new Finding("warning", "narrative-missing", "自评情况说明未填写", "narrative.evaluation"),
                        new Finding("error", "stated-rate", "支出完成率与账面不符", "ledger.executionRate")));
        try (XWPFDocument document = reopen(WordRenderer.render(withFindings))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals("Heading1", paragraph(document, "一致性检查").getStyle());
            assertEquals("【提示】自评情况说明未填写（位置：（一）自评结论）", paragraphs.get(paragraphs.size() - 2).getText());
            assertEquals("【错误】支出完成率与账面不符（位置：ledger.executionRate）",
                    paragraphs.get(paragraphs.size() - 1).getText());
        }
    }

    @Test
    void theDocumentSurvivesARoundTrip() throws IOException {
        byte[] bytes = WordRenderer.render(report);
        try (XWPFDocument document = reopen(bytes)) {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            assertDoesNotThrow(() -> document.write(again));
            try (XWPFDocument second = reopen(again.toByteArray())) {
                assertEquals(document.getParagraphs().size(), second.getParagraphs().size());
                assertEquals(3, second.getTables().size());
            }
        }
    }

    private static XWPFDocument reopen(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static String allParagraphText(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
