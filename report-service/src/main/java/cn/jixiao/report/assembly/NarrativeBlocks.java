package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.report.model.Block;

/**
 * Turns what a department wrote into blocks: paragraphs are separated by blank lines, lines of one paragraph are
 * joined, and consecutive lines starting with a list marker ("1、", "1.", "（1）", "①", "-", "•") become one list with
 * the markers stripped, since the renderers number lists themselves.
 */
public final class NarrativeBlocks {

    public static final String SOURCE = "narrative";
    public static final String PLACEHOLDER = "（待填写）";

    // "1." must not be the start of a decimal such as "2023.5".
    private static final Pattern ORDERED_ITEM = Pattern
            .compile("^(?:\\d{1,3}(?:、|．|\\.(?!\\d))|[（(]\\d{1,3}[）)]|[①-⑳])\\s*(.*)$");
    private static final Pattern UNORDERED_ITEM = Pattern.compile("^(?:[•·]|[-－](?!\\d))\\s*(.*)$");

    private NarrativeBlocks() {
    }

    /** The text's blocks; none when the department wrote nothing. */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String chunk : text.strip().split("\\R\\s*\\R")) {
            parseChunk(chunk, blocks);
        }
        return blocks;
    }

    /** The text's blocks, or the placeholder paragraph "（待填写）" when the department wrote nothing. */
    public static List<Block> parseOrPlaceholder(String text) {
        List<Block> blocks = parse(text);
        return blocks.isEmpty() ? List.of(new Block.Paragraph(PLACEHOLDER, SOURCE)) : blocks;
    }

    private static void parseChunk(String chunk, List<Block> blocks) {
        StringBuilder paragraph = new StringBuilder();
        for (String rawLine : chunk.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            ListItem item = ListItem.of(line);
            if (item == null) {
                joinLine(paragraph, line);
                continue;
            }
            flushParagraph(paragraph, blocks);
            if (!item.text().isEmpty()) {
                addItem(item, blocks);
            }
        }
        flushParagraph(paragraph, blocks);
    }

    /** Appends to the list just before when it is of the same kind, also across a blank line. */
    private static void addItem(ListItem item, List<Block> blocks) {
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.ListBlock last
                && last.ordered() == item.ordered()) {
            List<String> items = new ArrayList<>(last.items());
            items.add(item.text());
            blocks.set(blocks.size() - 1, new Block.ListBlock(last.ordered(), List.copyOf(items)));
        } else {
            blocks.add(new Block.ListBlock(item.ordered(), List.of(item.text())));
        }
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(paragraph.toString(), SOURCE));
            paragraph.setLength(0);
        }
    }

    /** Chinese lines join directly; a space is kept only between two Latin words or numbers. */
    private static void joinLine(StringBuilder paragraph, String line) {
        if (!paragraph.isEmpty() && isLatin(paragraph.charAt(paragraph.length() - 1)) && isLatin(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private record ListItem(boolean ordered, String text) {

        static ListItem of(String line) {
            Matcher ordered = ORDERED_ITEM.matcher(line);
            if (ordered.matches()) {
                return new ListItem(true, ordered.group(1).strip());
            }
            Matcher unordered = UNORDERED_ITEM.matcher(line);
            return unordered.matches() ? new ListItem(false, unordered.group(1).strip()) : null;
        }
    }
}
