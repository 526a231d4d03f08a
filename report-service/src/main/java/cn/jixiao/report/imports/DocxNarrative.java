package cn.jixiao.report.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.report.api.ReportRefused;

/**
 * The narrative sections of a report the department wrote in Word, in the sample report's layout: its headings (a
 * heading style, or a line numbered 一、/（一） whose title names a section) open the sections of Narrative.KEYS, the
 * paragraphs and tables under them become each section's text (paragraphs separated by blank lines, tables as
 * {@link TableText}). Headings of level 1 or 2 that name no section are kept as text where they stand and reported.
 * What comes before the first section (title, header fields) is not imported.
 */
public final class DocxNarrative {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-9])|标题\\s*([1-9])");

    /** The sections found (in the document's order) and the headings that named none. */
    public record Imported(Map<String, String> sections, List<String> unmapped) {
    }

    private DocxNarrative() {
    }

    public static Imported read(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return read(document);
        } catch (IOException | RuntimeException e) {
            throw ReportRefused.invalid(List.of(new FieldError(null, "INVALID_FORMAT",
                    "文件不是有效的 Word 文档（.docx），未保存任何内容")));
        }
    }

    private static Imported read(XWPFDocument document) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        String current = null;
        for (IBodyElement element : document.getBodyElements()) {
            String text;
            if (element instanceof XWPFTable table) {
                text = TableText.of(table);
            } else if (element instanceof XWPFParagraph paragraph) {
                text = paragraph.getText().strip();
                int level = headingLevel(paragraph);
                Optional<String> key = level > 0 || SectionTitles.numberedLikeASection(text)
                        ? SectionTitles.keyOf(text) : Optional.empty();
                if (key.isPresent()) {
                    current = key.get().equals(SectionTitles.PARENT) ? null : key.get();
                    continue;
                }
                if (level == 1 || level == 2) {
                    unmapped.add(text);
                }
            } else {
                continue;
            }
            if (current != null && !text.isEmpty()) {
                sections.computeIfAbsent(current, k -> new ArrayList<>()).add(text);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, paragraphs) -> texts.put(key, String.join("\n\n", paragraphs)));
        return new Imported(texts, unmapped);
    }

    private static int headingLevel(XWPFParagraph paragraph) {
        String style = paragraph.getStyle();
        if (style == null) {
            return 0;
        }
        Matcher heading = HEADING_STYLE.matcher(style);
        if (!heading.lookingAt()) {
            return 0;
        }
        return Integer.parseInt(heading.group(1) != null ? heading.group(1) : heading.group(2));
    }
}
