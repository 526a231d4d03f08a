package cn.jixiao.report.assembly;

import static cn.jixiao.report.assembly.DisplayFormat.points;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.ScoreTable;
import cn.jixiao.report.model.Section;

/**
 * 各项指标自评情况 from the score table: a first- or second-level indicator with indicators under it becomes a
 * subsection, every other indicator a paragraph "名称：实际完成值；分值、得分；说明" in the subsection it belongs to.
 * Rows are in tree order (each indicator followed by the indicators under it), as evaluation-service serves them.
 */
public final class IndicatorSections {

    /** Deeper indicators would need section numbers beyond "（1）" under 二、（二）. */
    private static final int DEEPEST_SUBSECTION_LEVEL = 2;

    private IndicatorSections() {
    }

    /** The subsections (unnumbered) and the paragraphs of indicators that stand directly under the section. */
    public static Content of(ScoreTable scoreTable) {
        Draft root = new Draft(0, null, null);
        List<ScoreTable.Row> rows = scoreTable == null || scoreTable.rows() == null ? List.of() : scoreTable.rows();
        Deque<Draft> open = new ArrayDeque<>();
        open.push(root);
        for (int i = 0; i < rows.size(); i++) {
            ScoreTable.Row row = rows.get(i);
            while (open.peek().level >= row.level()) {
                open.pop();
            }
            if (row.level() <= DEEPEST_SUBSECTION_LEVEL && hasChildren(rows, i)) {
                Draft subsection = new Draft(row.level(), "indicator." + row.code(), row.name());
                subsection.blocks.add(FigureBlocks.generated("本项分值" + inPoints(row.weight()) + "，自评得分"
                        + inPoints(row.score()) + "。"));
                open.peek().children.add(subsection);
                open.push(subsection);
            } else {
                open.peek().blocks.add(FigureBlocks.generated(indicatorText(row)));
            }
        }
        return new Content(List.copyOf(root.blocks), root.children.stream().map(Draft::toSection).toList());
    }

    /** How many indicators (leaves of the tree) have no final score yet. */
    public static long unscoredIndicators(ScoreTable scoreTable) {
        if (scoreTable == null || scoreTable.rows() == null) {
            return 0;
        }
        List<ScoreTable.Row> rows = scoreTable.rows();
        long unscored = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!hasChildren(rows, i) && !"SCORED".equals(rows.get(i).status())) {
                unscored++;
            }
        }
        return unscored;
    }

    static String indicatorText(ScoreTable.Row row) {
        StringBuilder text = new StringBuilder(row.name()).append("：");
        if (row.value() != null) {
            text.append("实际完成值").append(row.value()).append("；");
        }
        text.append("分值").append(inPoints(row.weight())).append("，得分").append(inPoints(row.score()));
        if (row.status() != null && !"SCORED".equals(row.status())) {
            text.append("（").append(DisplayFormat.statusLabel(row.status())).append("）");
        }
        if (row.explanation() != null && !row.explanation().isBlank()) {
            text.append("；").append(row.explanation().strip());
        }
        return endSentence(text.toString());
    }

    private static String endSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return "。！？".indexOf(last) >= 0 ? text : text + "。";
    }

    private static String inPoints(BigDecimal points) {
        return points == null ? DisplayFormat.MISSING : points(points) + "分";
    }

    private static boolean hasChildren(List<ScoreTable.Row> rows, int index) {
        return index + 1 < rows.size() && rows.get(index + 1).level() > rows.get(index).level();
    }

    /** The blocks standing directly under 各项指标自评情况 and its subsections. */
    public record Content(List<Block> blocks, List<Section> subsections) {
    }

    private static final class Draft {
        final int level;
        final String key;
        final String title;
        final List<Block> blocks = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(int level, String key, String title) {
            this.level = level;
            this.key = key;
            this.title = title;
        }

        Section toSection() {
            return new Section(null, key, title, List.copyOf(blocks), children.stream().map(Draft::toSection).toList());
        }
    }
}
