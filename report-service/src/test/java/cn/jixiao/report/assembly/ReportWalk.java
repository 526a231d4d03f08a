package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Section;

/** Reads an assembled report the way the tests look at it: sections in order, blocks, generated text. */
public final class ReportWalk {

    private ReportWalk() {
    }

    /** Every section, depth first, in report order. */
    public static List<Section> sections(AssembledReport report) {
        List<Section> all = new ArrayList<>();
        collect(report.sections(), all);
        return all;
    }

    public static Section section(AssembledReport report, String key) {
        return sections(report).stream().filter(s -> key.equals(s.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + key));
    }

    public static List<Block.Table> tables(Section section) {
        return section.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    /** The generated paragraphs and every table cell, joined, of the whole report. */
    public static String generatedText(AssembledReport report) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections(report)) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p && FigureBlocks.SOURCE.equals(p.source())) {
                    text.append(p.text()).append('\n');
                } else if (block instanceof Block.Table t) {
                    t.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
                }
            }
        }
        return text.toString();
    }

    private static void collect(List<Section> sections, List<Section> into) {
        for (Section section : sections) {
            into.add(section);
            collect(section.children(), into);
        }
    }
}
