package cn.jixiao.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.report.assembly.SampleDepartment;

/** The sample report's PDF read back with PDFBox: selectable text with the sample's figures, the CJK font embedded. */
class PdfRendererTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = PdfRenderer.render(SampleDepartment.report());
    }

    @Test
    void theTextIsSelectableAndHoldsTheSampleFigures() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : List.of("部门整体支出绩效自评报告", "部门基本情况", "1924.28", "1834.36", "95.33%",
                    "附件：部门整体支出绩效自评表", "支出完成率", "9.53", "90.00", "等级：优")) {
                assertTrue(text.contains(expected), "the PDF states " + expected);
            }
        }
    }

    @Test
    void a4PagesWithTheCjkFontEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 3, "pages: " + document.getNumberOfPages());
            PDPage first = document.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), first.getMediaBox().getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), first.getMediaBox().getHeight(), 1.0);
            boolean embedded = false;
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                embedded |= font.getName().contains("DroidSansFallback") && font.isEmbedded();
            }
            assertTrue(embedded, "the packaged CJK font is embedded");
        }
    }
}
