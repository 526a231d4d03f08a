package cn.jixiao.report.model;

import java.util.List;

/** Content of a section: a paragraph of text, a list, or a table. */
public sealed interface Block {

    /** A paragraph; {@code source} is "narrative" (the department's words) or "generated" (from the figures). */
    record Paragraph(String text, String source) implements Block {
    }

    /** A numbered or bulleted list of items (the department's narrative). */
    record ListBlock(boolean ordered, List<String> items) implements Block {
    }

    /** A table with a caption, a header row and body rows of display strings. */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    }
}
