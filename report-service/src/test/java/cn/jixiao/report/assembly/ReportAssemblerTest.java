package cn.jixiao.report.assembly;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Block;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.model.Section;

class ReportAssemblerTest {

    private final AssembledReport report = SampleDepartment.report();

    @Test
    void generatedTextStatesTheSampleDepartmentsFigures() {
        String generated = ReportWalk.generatedText(report);

        assertAll(List.of("1924.28万元", "1834.36万元", "95.33%", "1786.59万元", "47.77万元", "1457.19", "183.37",
                "193.80", "2156.69", "136.08万元", "编制人数115人", "实有人数102人", "自评得分90分", "等级为优")
                .stream().<Executable>map(expected -> () -> assertTrue(generated.contains(expected),
                        expected + " in\n" + generated)));
    }

    @Test
    void sectionsFollowTheSampleReportsOrderWithGeneratedNumbers() {
        List<String> headings = ReportWalk.sections(report).stream()
                .filter(s -> !s.key().startsWith("indicator."))
                .map(s -> s.number() + s.title()).toList();

        assertEquals(List.of("一、部门基本情况", "（一）部门职能", "（二）机构和人员", "（三）年度总体工作和重点工作任务",
                "（四）整体支出绩效目标", "（五）部门整体支出情况", "二、绩效自评情况", "（一）自评结论", "（二）各项指标自评情况",
                "三、存在问题及改进措施", "四、下一步工作计划", "五、上年度绩效自评整改情况"), headings);
    }

    @Test
    void numberingIsSequentialAtEveryLevelWithoutDuplicates() {
        assertSequential(report.sections(), 1);
    }

    @Test
    void indicatorsBecomeSubsectionsByLevelAndParagraphsWithValueScoreAndExplanation() {
        Section indicators = ReportWalk.section(report, "indicators");

        assertEquals(List.of("1.预算编制", "2.预算执行", "3.预算使用效益"),
                indicators.children().stream().map(s -> s.number() + s.title()).toList());
        Section fundManagement = ReportWalk.section(report, "indicator.2.1");
        assertEquals("（1）", fundManagement.number());
        List<String> paragraphs = fundManagement.blocks().stream().map(b -> ((Block.Paragraph) b).text()).toList();
        assertEquals(List.of("本项分值15分，自评得分12.53分。",
                "支出完成率：实际完成值95.33%；分值10分，得分9.53分；实际支出 ÷ 调整后预算 × 分值。",
                "上级专项资金分配的及时性：分值2分，得分0分（待填报）。",
                "财务管理合规性：分值3分，得分3分；制度健全，审批规范。"), paragraphs);
    }

    @Test
    void conclusionSaysWhenSomeIndicatorsAreNotYetScored() {
        Block.Paragraph conclusion = (Block.Paragraph) ReportWalk.section(report, "evaluation").blocks().get(0);

        assertTrue(conclusion.text().contains("自评得分90分，等级为优"), conclusion.text());
        assertTrue(conclusion.text().contains("另有1项指标尚未评分"), conclusion.text());
    }

    @Test
    void expenditureTablesShowEconomicClassesAndProjectsInWanYuan() {
        List<Block.Table> tables = ReportWalk.tables(ReportWalk.section(report, "expenditure"));

        assertEquals(List.of("经济分类", "金额（万元）", "占比"), tables.get(0).header());
        assertEquals(List.of(List.of("301 工资福利支出", "1457.19", "79.44%"),
                List.of("302 商品和服务支出", "183.37", "10.00%"),
                List.of("303 对个人和家庭的补助", "193.80", "10.57%"),
                List.of("合计", "1834.36", "100.00%")), tables.get(0).rows());
        assertEquals(List.of("项目名称", "预算（万元）", "支出（万元）", "支出率"), tables.get(1).header());
        assertEquals(List.of("合计", "47.77", "47.77", "100.00%"), tables.get(1).rows().get(3));
        assertFalse(tables.get(1).rows().stream().anyMatch(row -> row.get(0).equals(FigureBlocks.REMAINDER_PROJECT)),
                "the three projects cover the project total");
    }

    @Test
    void projectSpendingTheNamedProjectsDoNotCoverIsShownAsOther() {
        AssembledReport partial = ReportAssembler.assemble(SampleDepartment.header(), SampleDepartment.narrative(),
                SampleDepartment.figures(SampleDepartment.ALL_PROJECTS.subList(0, 2)), SampleDepartment.scoreTable(),
                List.of(), Coverage.of(0, 0));

        List<List<String>> rows = ReportWalk.tables(ReportWalk.section(partial, "expenditure")).get(1).rows();

        assertEquals(List.of("2023年中央广播电视节目无线覆盖运行维护费", "23.96", "23.96", "100.00%"), rows.get(0));
        assertEquals(List.of("其他", "9.48", "9.48", "—"), rows.get(2));
        assertEquals("合计", rows.get(3).get(0));
    }

    @Test
    void numbersComeFromTheFiguresNeverFromTheNarrative() {
        Narrative wrong = new Narrative(Map.of("expenditure", "本年度实际支出为1900.00万元。",
                "evaluation", "自评得分为95分。"));

        AssembledReport assembled = SampleDepartment.report(wrong, List.of());

        String generated = ReportWalk.generatedText(assembled);
        assertFalse(generated.contains("1900.00"));
        assertTrue(generated.contains("实际支出1834.36万元"));
        List<Block> expenditure = ReportWalk.section(assembled, "expenditure").blocks();
        assertEquals(new Block.Paragraph("本年度实际支出为1900.00万元。", NarrativeBlocks.SOURCE),
                expenditure.get(expenditure.size() - 1), "the department's words follow the generated ones");
    }

    @Test
    void missingNarrativeSectionsArePlaceholdersAndOptionalOnesAreLeftOut() {
        AssembledReport empty = SampleDepartment.report(new Narrative(Map.of()), List.of());

        for (String key : List.of("functions", "work", "targets", "problems", "plans", "rectification")) {
            assertEquals(List.of(new Block.Paragraph("（待填写）", NarrativeBlocks.SOURCE)),
                    ReportWalk.section(empty, key).blocks(), key);
        }
        assertEquals(2, ReportWalk.section(empty, "organisation").blocks().size(), "placeholder and staffing");
        assertTrue(ReportWalk.section(empty, "expenditure").blocks().stream()
                .noneMatch(b -> b instanceof Block.Paragraph p && NarrativeBlocks.SOURCE.equals(p.source())));
    }

    @Test
    void absentFiguresAreShownAsDashes() {
        String generated = ReportWalk.generatedText(report);

        assertTrue(generated.contains("“三公”经费预算—，实际支出—。"), generated);
    }

    @Test
    void scoreTableAndFindingsAreKeptAsGiven() {
        List<Finding> findings = List.of(new Finding("error", "named-projects", "项目名称不一致", "narrative.expenditure"));

        AssembledReport withFindings = SampleDepartment.report(SampleDepartment.narrative(), findings);

        assertEquals(SampleDepartment.scoreTable(), withFindings.scoreTable());
        assertEquals(findings, withFindings.findings());
        assertEquals(SampleDepartment.figures(), withFindings.figures());
    }

    private static void assertSequential(List<Section> siblings, int level) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < siblings.size(); i++) {
            Section section = siblings.get(i);
            assertEquals(SectionNumbering.number(level, i + 1), section.number(), section.title());
            assertTrue(seen.add(section.number()), "duplicate " + section.number());
            assertSequential(section.children(), level + 1);
        }
    }
}
