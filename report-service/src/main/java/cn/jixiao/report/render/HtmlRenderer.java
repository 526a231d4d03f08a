package cn.jixiao.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;

import cn.jixiao.report.api.Characters;
import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Section;

/**
 * The report as a standalone, print-ready HTML5 page (templates/report.html), without JavaScript. Uses its own Qute
 * engine so that it renders without a running Quarkus; every value is HTML-escaped.
 */
public final class HtmlRenderer {

    private static final String TEMPLATE_PATH = "templates/report.html";
    private static final Template TEMPLATE = compile();

    private HtmlRenderer() {
    }

    /**
     * The page; characters HTML and XML cannot carry (C0 controls other than tab and line breaks, U+FFFE, U+FFFF,
     * unpaired surrogates) are dropped from every value, whichever service or stored text it came from.
     */
    public static String render(AssembledReport report) {
        return render(report, List.of());
    }

    /** The page of a published version, which names the files frozen with it at its end. */
    public static String render(AssembledReport report, List<FrozenFile> frozenFiles) {
        return Characters.clean(page(report, frozenFiles));
    }

    /** A file frozen with a published version, as its page links it: label, address and SHA-256. */
    public record FrozenFile(String label, String href, String sha256) {
    }

    private static String page(AssembledReport report, List<FrozenFile> frozenFiles) {
        return TEMPLATE
                .data("header", report.header())
                .data("title", ReportLabels.TITLE)
                .data("fiscalYear", ReportLabels.fiscalYear(report.header()))
                .data("headerFields", ReportLabels.headerFields(report.header()))
                .data("findings", ReportLabels.findingLines(report.findings(), report.sections()))
                .data("findingsTitle", ReportLabels.FINDINGS_TITLE)
                .data("coverage", ReportLabels.coverageLine(report.coverage()))
                .data("sections", flatten(report.sections(), 1, new ArrayList<>()))
                .data("attachmentTitle", ReportLabels.ATTACHMENT_TITLE)
                .data("scoreTable", ScoreTableView.of(report.scoreTable()))
                .data("asOf", AsOfLine.of(report.figures()))
                .data("frozenFiles", frozenFiles)
                .render();
    }

    /** A section as the page shows it: its heading element (h2 for level 1, as h1 is the title) and its blocks. */
    public record HtmlSection(String headingTag, String key, String number, String title, List<Block> blocks) {
    }

    private static List<HtmlSection> flatten(List<Section> sections, int level, List<HtmlSection> into) {
        for (Section section : sections) {
            into.add(new HtmlSection("h" + (level + 1), section.key(), section.number(), section.title(),
                    section.blocks()));
            flatten(section.children(), level + 1, into);
        }
        return into;
    }

    private static Template compile() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addValueResolver(blockKind())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .build();
        return engine.parse(readTemplate(), Variant.forContentType(Variant.TEXT_HTML), TEMPLATE_PATH);
    }

    /** {@code block.kind}: paragraph, list or table, so the template can tell the sealed Block's variants apart. */
    private static ValueResolver blockKind() {
        return ValueResolver.builder()
                .applyToBaseClass(Block.class)
                .applyToName("kind")
                .resolveSync(context -> kindOf((Block) context.getBase()))
                .build();
    }

    private static String kindOf(Block block) {
        if (block instanceof Block.Paragraph) {
            return "paragraph";
        }
        return block instanceof Block.ListBlock ? "list" : "table";
    }

    private static String readTemplate() {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE_PATH)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE_PATH + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
