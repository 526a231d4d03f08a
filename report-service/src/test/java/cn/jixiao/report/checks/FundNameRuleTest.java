package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/** One amount under two fund names in different paragraphs. */
class FundNameRuleTest {

    private static final String RULE = "fund-name-conflict";

    @Test
    void theSamplesTwoNamesForTwentyThreePointNineSix() {
        List<Finding> findings = check(
                "项目支出47.77万元；其中2023年中央支持地方公共文化服务体系建设和补助资金23.96万。",
                "项目资金绩效目标完成情况良好，2023 年中央广播电视节目无线覆盖运行维护费资金 23.96 万元，当年支出 23.96 万元。");
        assertEquals(List.of(new Finding("warning", RULE, "同一金额 23.96万 使用了两个不同的名称："
                + "「2023年中央支持地方公共文化服务体系建设和补助资金」（narrative.expenditure）与"
                + "「2023年中央广播电视节目无线覆盖运行维护费资金」（narrative.evaluation），请统一为同一项目名称",
                "narrative.evaluation")), findings);
    }

    @Test
    void theSameNameWrittenWithOtherSpacingIsNoConflict() {
        assertEquals(List.of(), check("其中2023年中央广播电视节目无线覆盖运行维护费23.96万元。",
                "2023 年中央广播电视节目无线覆盖运行维护费 23.96 万元及时分配到位。"));
    }

    @Test
    void twoItemsOfEqualAmountInOneParagraphAreDistinct() {
        assertEquals(List.of(), check("其中网站运行维护费2.00万元，机房设备维护费2.00万元。", ""));
    }

    @Test
    void differentAmountsAreNoConflict() {
        assertEquals(List.of(), check("其中网站运行维护费14.33万元。", "农村广播电视无线覆盖工程运行维护经费9.48万元。"));
    }

    private static List<Finding> check(String expenditure, String evaluation) {
        return ConsistencyChecker.check(SampleFigures.sample(),
                new Narrative(Map.of("expenditure", expenditure, "evaluation", evaluation))).findings().stream()
                .filter(f -> f.rule().equals(RULE)).toList();
    }
}
