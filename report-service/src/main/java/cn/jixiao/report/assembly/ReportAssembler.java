package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Header;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.model.ScoreTable;
import cn.jixiao.report.model.Section;

/**
 * Puts the report together in the order of a county's self-evaluation report: the department's words where it
 * speaks for itself, and paragraphs and tables generated from the figures and scores wherever a number is stated,
 * so that no number in the report is taken from the narrative.
 */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    public static AssembledReport assemble(Header header, Narrative narrative, Figures figures, ScoreTable scoreTable,
            List<Finding> findings, Coverage coverage) {
        Narrative words = narrative == null ? new Narrative(Map.of()) : narrative;
        List<Section> sections = List.of(
                parent("basic", "部门基本情况", List.of(
                        written("functions", "部门职能", words),
                        section("organisation", "机构和人员",
                                concat(NarrativeBlocks.parseOrPlaceholder(words.section("organisation")),
                                        List.of(FigureBlocks.staffing(figures)))),
                        written("work", "年度总体工作和重点工作任务", words),
                        written("targets", "整体支出绩效目标", words),
                        section("expenditure", "部门整体支出情况",
                                concat(FigureBlocks.expenditure(header.fiscalYear(), figures),
                                        NarrativeBlocks.parse(words.section("expenditure")))))),
                parent("self-evaluation", "绩效自评情况", List.of(
                        section("evaluation", "自评结论",
                                concat(List.of(conclusion(figures, scoreTable)),
                                        NarrativeBlocks.parse(words.section("evaluation")))),
                        indicators(scoreTable))),
                written("problems", "存在问题及改进措施", words),
                written("plans", "下一步工作计划", words),
                written("rectification", "上年度绩效自评整改情况", words));
        return new AssembledReport(header, SectionNumbering.apply(sections), scoreTable, figures,
                findings == null ? List.of() : List.copyOf(findings), coverage);
    }

    private static Block conclusion(Figures figures, ScoreTable scoreTable) {
        String text = "对照部门整体支出绩效自评指标体系逐项自评，自评得分" + DisplayFormat.points(figures.totalScore())
                + "分，等级为" + (figures.grade() == null ? DisplayFormat.MISSING : figures.grade()) + "。";
        long unscored = IndicatorSections.unscoredIndicators(scoreTable);
        if (unscored > 0) {
            text += "另有" + unscored + "项指标尚未评分（数据不足或待填报），得分为暂定。";
        }
        return FigureBlocks.generated(text);
    }

    private static Section indicators(ScoreTable scoreTable) {
        IndicatorSections.Content content = IndicatorSections.of(scoreTable);
        List<Block> blocks = content.blocks().isEmpty() && content.subsections().isEmpty()
                ? List.of(FigureBlocks.generated("尚无指标评分。"))
                : content.blocks();
        return new Section(null, "indicators", "各项指标自评情况", blocks, content.subsections());
    }

    /** A section the department writes; "（待填写）" until it has. */
    private static Section written(String key, String title, Narrative narrative) {
        return section(key, title, NarrativeBlocks.parseOrPlaceholder(narrative.section(key)));
    }

    private static Section section(String key, String title, List<Block> blocks) {
        return new Section(null, key, title, List.copyOf(blocks), List.of());
    }

    private static Section parent(String key, String title, List<Section> children) {
        return new Section(null, key, title, List.of(), children);
    }

    private static List<Block> concat(List<Block> first, List<Block> second) {
        List<Block> blocks = new ArrayList<>(first);
        blocks.addAll(second);
        return blocks;
    }
}
