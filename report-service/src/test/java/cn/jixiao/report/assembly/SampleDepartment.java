package cn.jixiao.report.assembly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jixiao.report.model.AssembledReport;
import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Header;
import cn.jixiao.report.model.Narrative;
import cn.jixiao.report.model.ScoreTable;

/**
 * The figures of the sample department (大埔县融媒体中心, 2023) as the ledger and the scores serve them, a narrative
 * written for these tests, and a score table shaped like evaluation-service's.
 */
public final class SampleDepartment {

    public static final List<Figures.Project> ALL_PROJECTS = List.of(
            project("44142223T000001", "2023年中央广播电视节目无线覆盖运行维护费", "239600.00"),
            project("44142223T000002", "大埔县融媒体中心县人民政府网站运行维护费", "143300.00"),
            project("44142223T000003", "2023年农村广播电视无线覆盖工程运行维护经费", "94800.00"));

    private SampleDepartment() {
    }

    public static Header header() {
        return new Header("441422101", "大埔县融媒体中心", 2023, 0, "何秀明", "0753-5522401", LocalDate.of(2024, 8, 23));
    }

    public static Figures figures() {
        return figures(ALL_PROJECTS);
    }

    public static Figures figures(List<Figures.Project> projects) {
        return new Figures(
                money("17977100.00"), money("19242800.00"), money("18343585.90"), money("95.33"),
                money("899214.10"), money("4.67"), money("17865885.90"), money("477700.00"), money("477700.00"),
                money("100.00"),
                List.of(new Figures.Amount("301", "工资福利支出", money("14571912.35")),
                        new Figures.Amount("302", "商品和服务支出", money("1833652.37")),
                        new Figures.Amount("303", "对个人和家庭的补助", money("1938021.18"))),
                projects,
                money("1360848.10"), money("1360848.10"), money("100.00"),
                null, null,
                money("21566874.56"), money("21566874.56"), money("100.00"),
                115, 102,
                money("90.00"), "优",
                new Figures.AsOf(1287, Instant.parse("2024-08-20T02:15:00Z")),
                new Figures.AsOf(1287, Instant.parse("2024-08-20T02:16:30Z")));
    }

    public static Narrative narrative() {
        return new Narrative(Map.of(
                "functions", """
                        本中心承担全县新闻宣传和广播电视播出工作，主要职责如下：

                        1、组织全县重大宣传报道。
                        2、管理广播电视和新媒体平台。

                        3、保障节目安全优质播出。""",
                "organisation", "中心内设办公室、总编室、技术运维部等12个部门。",
                "work", """
                        全年围绕县委县政府中心工作开展宣传，
                        播出新闻两千余条。

                        重点工作：
                        - 做好主题宣传
                        - 确保安全播出""",
                "targets", "按财政要求编制部门预算，确保资金安全高效使用。",
                "problems", "预算前期论证仍需加强。",
                "plans", "（1）加强绩效管理培训。\n（2）完善绩效指标设计。",
                "rectification", "上年度问题已逐项整改。"));
    }

    /** 一级 → 二级 → 三级, with a scored rate, qualitative rows and a row still waiting for the department. */
    public static ScoreTable scoreTable() {
        return new ScoreTable(List.of(
                row("1", 1, "预算编制", "20", null, "19", "SCORED", null),
                row("1.1", 2, "预算编制", "10", null, "10", "SCORED", null),
                row("1.1.1", 3, "预算编制合理性", "5", null, "5", "SCORED", "按部门职责和财政要求编制，资金分配合理"),
                row("1.1.2", 3, "预算编制规范性", "5", null, "5", "SCORED", "按实有人员和定额编制，无虚编"),
                row("1.2", 2, "目标设置", "10", null, "9", "SCORED", null),
                row("1.2.1", 3, "整体绩效目标合理性", "5", null, "5", "SCORED", "目标与职能相符"),
                row("1.2.2", 3, "整体绩效指标明确性", "5", null, "4", "SCORED", "部分指标未量化"),
                row("2", 1, "预算执行", "50", null, "46.53", "SCORED", null),
                row("2.1", 2, "资金管理", "15", null, "12.53", "SCORED", null),
                row("2.1.1", 3, "支出完成率", "10", "95.33%", "9.53", "SCORED", "实际支出 ÷ 调整后预算 × 分值"),
                row("2.1.2", 3, "上级专项资金分配的及时性", "2", null, "0", "PENDING_INPUT", null),
                row("2.1.3", 3, "财务管理合规性", "3", null, "3", "SCORED", "制度健全，审批规范"),
                row("2.5", 2, "资产管理", "2", null, "2", "SCORED", null),
                row("2.5.6", 3, "固定资产利用率", "2", "100.00%", "2", "SCORED", "在用原值 ÷ 原值"),
                row("3", 1, "预算使用效益", "30", null, "24.47", "SCORED", null),
                row("3.1", 2, "运行成本", "3", null, "3", "SCORED", null),
                row("3.1.2", 3, "公用经费控制率", "3", "100.00%", "3", "SCORED", "决算数未超调整预算数")),
                money("90.00"), "优", "county-department-overall", "2023.1");
    }

    public static AssembledReport report() {
        return report(narrative(), List.of());
    }

    public static AssembledReport report(Narrative narrative, List<Finding> findings) {
        return ReportAssembler.assemble(header(), narrative, figures(), scoreTable(), findings,
                Coverage.of(0, 0));
    }

    public static Figures.Project project(String code, String name, String amount) {
        return new Figures.Project(code, name, money(amount), money(amount), money("100.00"));
    }

    private static ScoreTable.Row row(String code, int level, String name, String weight, String value, String score,
            String status, String explanation) {
        return new ScoreTable.Row(code, level, name, money(weight), value, money(score), status, explanation);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
