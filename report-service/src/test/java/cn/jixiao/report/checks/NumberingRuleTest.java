package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Manual section numbers and repeated numbers in a narrative section. */
class NumberingRuleTest {

    private static final String RULE = "numbering";

    @Test
    void manualSectionNumbersDuplicateTheGeneratedOnes() {
        assertEquals("正文含手工编号「一、」「二、」「二、」，章节编号由系统生成，请删除 / 编号「二、」重复出现",
                messages("一、坚持正确导向。\n\n二、做强原创内容。\n\n二、统筹安全播出。"));
        assertEquals("正文含手工编号「（一）」「（二）」，章节编号由系统生成，请删除",
                messages("（一）加大绩效评价培训力度。\n(二)加强绩效评价管理。"));
    }

    @Test
    void itemNumbersAreFineUnlessRepeatedInOneList() {
        assertEquals("", messages("1、贯彻方针政策。\n2、组织新闻宣传。\n3、管理传播平台。"));
        assertEquals("", messages("1、第一项。\n2、第二项。\n\n1、另一个清单。\n2、第二项。"));
        assertEquals("编号「2、」重复出现", messages("1、第一项。\n2、第二项。\n2、第三项。"));
        assertEquals("编号「（1）」重复出现", messages("（1）第一项。\n(1)第二项。"));
    }

    @Test
    void textThatOnlyLooksNumberedIsNoNumbering() {
        assertEquals("", messages("一是深入宣传。二是重点报道。\n2023年，中心播出新闻1420多篇。\n1.1万人次观看直播。"));
    }

    private static String messages(String text) {
        return Checks.messages(Checks.findings(RULE, "work", text));
    }
}
