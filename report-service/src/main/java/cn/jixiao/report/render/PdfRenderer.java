package cn.jixiao.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.jixiao.report.model.AssembledReport;

/**
 * The assembled report as a PDF: the HTML rendering (same sections, tables, findings and print CSS) laid out by
 * openhtmltopdf on A4, with the packaged CJK font embedded as a subset, so the text is selectable and prints the same
 * on a machine without Chinese fonts.
 */
public final class PdfRenderer {

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String FAMILY = "Jixiao CJK";
    /** The HTML asks for the reader's Song/Hei fonts; a PDF carries its own. */
    private static final String PDF_CSS = "* { font-family: \"" + FAMILY + "\" !important; }"
            + " body { max-width: none; margin: 0; padding: 0; }";

    private PdfRenderer() {
    }

    public static byte[] render(AssembledReport report) {
        Document html = Jsoup.parse(HtmlRenderer.render(report));
        html.head().appendElement("style").appendText(PDF_CSS);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FAMILY);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }
}
