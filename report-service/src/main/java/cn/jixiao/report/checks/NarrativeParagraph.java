package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of a narrative section (paragraphs are separated by blank lines), scanned for mentions. */
record NarrativeParagraph(String section, int index, String text, MentionFinder.Scan scan) {

    static List<NarrativeParagraph> of(String section, String sectionText) {
        List<NarrativeParagraph> paragraphs = new ArrayList<>();
        if (sectionText == null) {
            return paragraphs;
        }
        for (String text : sectionText.split("\\n\\s*\\n")) {
            String paragraph = text.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(new NarrativeParagraph(section, paragraphs.size(), paragraph,
                        MentionFinder.scan(paragraph)));
            }
        }
        return paragraphs;
    }

    /** The section key a finding points at, e.g. narrative.expenditure. */
    String where() {
        return "narrative." + section;
    }
}
