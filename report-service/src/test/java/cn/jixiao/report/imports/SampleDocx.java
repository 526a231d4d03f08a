package cn.jixiao.report.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A report as a department writes it in Word, in the sample report's layout, with the sample's figures and its kinds
 * of errors (our own words): 实际支出 with two digits swapped, 工资福利支出 mistyped in the table, the 结转结余率 passage
 * stating the 支出完成率, one of three projects left out, and typed section numbers with 二、 twice.
 */
public final class SampleDocx {

    private SampleDocx() {
    }

    public static byte[] bytes() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(document, "部门整体支出绩效自评报告");
            text(document, "部门名称：大埔县融媒体中心");
            text(document, "填报人：何秀明");
            heading(document, 1, "一、部门基本情况");
            heading(document, 2, "（一）部门职能");
            text(document, "1、组织全县新闻宣传和重大报道活动。");
            text(document, "2、负责广播电视节目的安全传输和播出。");
            heading(document, 2, "（二）机构和人员");
            text(document, "中心设办公室、总编室等12个内设部门，核定事业编制115名，年末在编在岗102人。");
            heading(document, 2, "（三）年度总体工作和重点工作任务");
            text(document, "一、坚持正确导向，全年播出时政新闻1420多篇。");
            text(document, "二、统筹安全播出，开展安全检查6次。");
            text(document, "二、加强队伍建设，新入职5人。");
            heading(document, 2, "（四）部门整体支出绩效目标");
            text(document, "保障机构正常运转，按时完成新闻宣传和安全播出任务，资金使用规范高效。");
            heading(document, 2, "（五）部门整体支出情况");
            text(document, "2023年本部门整体年度预算为1924.28万元，实际支出为1843.36万元。基本支出1786.59万元，项目支出47.77万元；"
                    + "其中2023年中央广播电视节目无线覆盖运行维护费23.96万元；大埔县融媒体中心县人民政府网站运行维护费14.33万元。");
            table(document, List.of(List.of("经济分类", "金额（万元）", "占比"),
                    List.of("301 工资福利支出", "1475.19", "79.44%"),
                    List.of("302 商品和服务支出", "183.37", "10.00%"),
                    List.of("303 对个人和家庭的补助", "193.80", "10.57%")));
            heading(document, 1, "二、绩效自评情况");
            heading(document, 2, "（一）自评结论");
            text(document, "经逐项对照指标自评，部门整体支出绩效自评分数为90分，等级为优。");
            heading(document, 2, "（二）部门整体支出绩效指标分析");
            heading(document, 3, "1. 预算执行情况");
            text(document, "结转结余率：2023年度整体年度预算1924.28万元，实际支出1834.36万元，支出完成率为95%。");
            table(document, List.of(List.of("指标", "分值", "实际完成值", "得分"),
                    List.of("支出完成率", "10", "95.33%", "9.53"),
                    List.of("固定资产利用率", "4", "100%", "4")));
            heading(document, 2, "（三）存在问题及改进措施");
            text(document, "项目前期论证不够充分，下一步加强资金需求测算。");
            heading(document, 1, "三、下一步工作计划");
            text(document, "1、加强绩效管理培训。");
            heading(document, 1, "四、其他需要说明的事项");
            text(document, "无。");
            heading(document, 1, "五、上年度绩效自评整改情况");
            text(document, "上年度指出的问题已逐项整改。");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void heading(XWPFDocument document, int level, String text) {
        var paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setText(rows.get(r).get(c));
            }
        }
    }
}
