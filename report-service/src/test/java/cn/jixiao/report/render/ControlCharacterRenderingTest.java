package cn.jixiao.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.api.Characters;
import cn.jixiao.report.assembly.ReportAssembler;
import cn.jixiao.report.assembly.SampleDepartment;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Header;
import cn.jixiao.report.model.Narrative;

/**
 * Text that reaches the renderers with characters XML cannot carry (a narrative stored before input was checked, an
 * agency or project name from budget-service): the HTML and the Word file leave those characters out, keep the rest,
 * and the Word file stays readable.
 */
class ControlCharacterRenderingTest {

    private static final String HOSTILE = "\u0000\u0001\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uDC00\uD800";

    private final AssembledReport report = hostileReport();

    private static AssembledReport hostileReport() {
        Header header = new Header("441422101", "大埔县" + HOSTILE + "融媒体中心", 2023, 0, "何" + HOSTILE + "秀明",
                "0753-5522401", LocalDate.of(2024, 8, 23));
        Map<String, String> sections = new HashMap<>(SampleDepartment.narrative().sections());
        sections.put("plans", "1、加强培训" + HOSTILE + "。\n2、完善\u0007制度。");
        sections.put("problems", "存在" + HOSTILE + "问题\t及改进措施。");
        return ReportAssembler.assemble(header, new Narrative(sections),
                SampleDepartment.figures(List.of(SampleDepartment.project("44142223T000001",
                        "2023年中央" + HOSTILE + "广播电视节目无线覆盖运行维护费", "477700.00"))),
                SampleDepartment.scoreTable(), List.of(), Coverage.of(0, 0));
    }

    @Test
    void cleaningKeepsTabsLineBreaksAndPairedSurrogates() {
        assertEquals("a\tb\nc\rd😀e", Characters.clean("a\tb\nc\rd\u0000\uD83D\uDE00e\uFFFF\uDC00\uD800"));
        assertEquals("纯文本", Characters.clean("纯文本"));
    }

    @Test
    void theHtmlCarriesNoControlCharacterAndKeepsTheText() {
        String html = HtmlRenderer.render(report);
        assertTrue(html.contains("大埔县融媒体中心"), "agency name from budget-service, cleaned");
        assertTrue(html.contains("加强培训") && html.contains("完善制度。"), "narrative, cleaned");
        assertTrue(html.contains("2023年中央广播电视节目无线覆盖运行维护费"), "project name, cleaned");
        assertEquals(html, Characters.clean(html), "nothing left to clean");
    }

    @Test
    void theWordFileOpensAndCarriesTheCleanedText() throws IOException {
        byte[] docx = WordRenderer.render(report);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            String tables = document.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertTrue(paragraphs.contains("部门名称：大埔县融媒体中心"), paragraphs);
            assertTrue(paragraphs.contains("填报人：何秀明"));
            assertTrue(paragraphs.contains("完善制度。"), paragraphs);
            assertTrue(tables.contains("2023年中央广播电视节目无线覆盖运行维护费"));
            assertFalse((paragraphs + tables).chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
        }
    }
}
