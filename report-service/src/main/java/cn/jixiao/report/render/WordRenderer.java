package cn.jixiao.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import cn.jixiao.report.api.Characters;
import cn.jixiao.report.assembly.FigureBlocks;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Section;

/**
 * The report as a Word document (.docx) on A4: title, header block, numbered sections with real heading styles,
 * the expenditure tables and the score table as Word tables, the consistency findings if any, and the "数据截至"
 * line in the page footer. Every text goes through {@link Characters#clean}: POI would otherwise write control
 * characters into the document's XML, which Word then refuses to open.
 */
public final class WordRenderer {

    /** A4 in twips, with the margins of Chinese official documents (left 2.8 cm, right 2.6 cm). */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1440;
    private static final int MARGIN_BOTTOM = 1440;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** Shares of the width and alignments of the columns of {@link ScoreTableView#HEADER}. */
    private static final int[] SCORE_COLUMN_WEIGHTS = { 18, 6, 12, 8, 9, 22 };
    private static final ParagraphAlignment[] SCORE_COLUMN_ALIGNMENTS = { ParagraphAlignment.LEFT,
            ParagraphAlignment.RIGHT, ParagraphAlignment.RIGHT, ParagraphAlignment.RIGHT, ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT };

    private WordRenderer() {
    }

    public static byte[] render(AssembledReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordStyles.install(document);
            setUpPage(document, AsOfLine.of(report.figures()));

            paragraph(document, WordStyles.TITLE, ReportLabels.TITLE);
            paragraph(document, WordStyles.NORMAL, "（" + ReportLabels.fiscalYear(report.header()) + "）")
                    .setAlignment(ParagraphAlignment.CENTER);
            for (ReportLabels.Field field : ReportLabels.headerFields(report.header())) {
                paragraph(document, WordStyles.NORMAL, field.label() + "：" + field.value());
            }
            String coverage = ReportLabels.coverageLine(report.coverage());
            if (coverage != null) {
                paragraph(document, WordStyles.NORMAL, coverage);
            }
            writeSections(document, report.sections(), 1);
            writeScoreTable(document, ScoreTableView.of(report.scoreTable()));
            writeFindings(document, ReportLabels.findingLines(report.findings(), report.sections()));

            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Word document could not be written", e);
        }
    }

    private static void writeSections(XWPFDocument document, List<Section> sections, int level) {
        for (Section section : sections) {
            paragraph(document, WordStyles.heading(level), section.number() + section.title());
            for (Block block : section.blocks()) {
                writeBlock(document, block);
            }
            writeSections(document, section.children(), level + 1);
        }
    }

    private static void writeBlock(XWPFDocument document, Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            paragraph(document, WordStyles.BODY, paragraph.text());
        } else if (block instanceof Block.ListBlock list) {
            // Markers are written as text: Word's list numbering needs a tab or hanging indent that WPS and
            // LibreOffice lay out differently, while "1、" inline matches how these reports are typeset.
            for (int i = 0; i < list.items().size(); i++) {
                String marker = list.ordered() ? (i + 1) + "、" : "• ";
                paragraph(document, WordStyles.BODY, marker + list.items().get(i));
            }
        } else if (block instanceof Block.Table table) {
            writeTable(document, table);
        }
    }

    private static void writeTable(XWPFDocument document, Block.Table table) {
        paragraph(document, WordStyles.CAPTION, table.caption());
        List<WordTables.Column> columns = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            columns.add(c == 0 ? new WordTables.Column(table.header().get(c), 5, ParagraphAlignment.LEFT)
                    : new WordTables.Column(table.header().get(c), 2, ParagraphAlignment.RIGHT));
        }
        List<WordTables.Row> rows = table.rows().stream()
                .map(cells -> new WordTables.Row(cells, 0, FigureBlocks.TOTAL_ROW.equals(cells.get(0))))
                .toList();
        WordTables.write(document, columns, rows, TEXT_WIDTH);
    }

    private static void writeScoreTable(XWPFDocument document, ScoreTableView view) {
        paragraph(document, WordStyles.heading(1), ReportLabels.ATTACHMENT_TITLE).setPageBreak(true);
        List<WordTables.Row> rows = new ArrayList<>();
        for (ScoreTableView.Row row : view.rows()) {
            rows.add(new WordTables.Row(row.cells(), Math.max(0, row.level() - 1), row.level() == 1));
        }
        rows.add(new WordTables.Row(view.total().cells(), 0, true));
        List<WordTables.Column> columns = new ArrayList<>();
        for (int c = 0; c < view.header().size(); c++) {
            columns.add(new WordTables.Column(view.header().get(c), SCORE_COLUMN_WEIGHTS[c],
                    SCORE_COLUMN_ALIGNMENTS[c]));
        }
        WordTables.write(document, columns, rows, TEXT_WIDTH);
    }

    private static void writeFindings(XWPFDocument document, List<ReportLabels.FindingLine> findings) {
        if (findings.isEmpty()) {
            return;
        }
        paragraph(document, WordStyles.heading(1), ReportLabels.FINDINGS_TITLE);
        for (ReportLabels.FindingLine finding : findings) {
            paragraph(document, WordStyles.BODY, "【" + finding.severity() + "】" + finding.message() + "（位置："
                    + finding.where() + "）" + (finding.sentence() == null ? "" : "原句：" + finding.sentence()));
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(Characters.clean(text));
        return paragraph;
    }

    private static void setUpPage(XWPFDocument document, String asOfLine) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph asOf = footer.createParagraph();
        asOf.setStyle(WordStyles.FOOTER);
        asOf.createRun().setText(Characters.clean(asOfLine));
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setStyle(WordStyles.FOOTER);
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        pageNumber.createRun().setText("第 ");
        pageNumber.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        pageNumber.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        pageNumber.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        pageNumber.createRun().setText("1");
        pageNumber.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        pageNumber.createRun().setText(" 页");
    }
}
