package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stated values against the sample figures, at the stated precision; an empty expectation means no finding. */
class StatedValueRuleTest {

    private static final String RULE = "stated-value";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本部门整体年度预算为1924.28万元，实际支出为1834.36万元。       |
            实际支出1843.36万元                                       | 所述实际支出 1843.36万元 有误，应为 1834.36万元
            年度预算为1924.3万元，实际支出1834万元                       |
            支出完成率为95%                                           |
            支出完成率为95.3%                                         |
            支出完成率为96%                                           | 所述支出完成率 96% 有误，应为 95.33%
            预算执行率95.30%                                          | 所述预算执行率 95.30% 有误，应为 95.33%
            结转结余率5%                                              |
            结转结余率4.76%                                           | 所述结转结余率 4.76% 有误，应为 4.67%
            基本支出1786.59万元，项目支出47.77万元                        |
            项目支出48.77万元                                          | 所述项目支出 48.77万元 有误，应为 47.77万元
            工资福利性支出1457.19万元，商品和服务支出183.37万元、对个人和家庭的补助193.80万元 |
            工资福利支出1457.20万元                                     | 所述工资福利支出 1457.20万元 有误，应为 1457.19万元
            公用经费决算数和调整预算数都为 1360848.10 元                  |
            公用经费为1,360,848.00元                                   | 所述公用经费 1,360,848.00元 有误，应为 1360848.10元
            公用经费控制率100%                                         |
            “三公”经费支出3.76万元                                     |
            “三公”经费支出3.80万元                                     | 所述“三公”经费 3.80万元 有误，应为 3.76万元
            年末固定资产总额（原值）2156.69万元，在用固定资产2156.69万元，固定资产利用率100% |
            固定资产利用率98%                                          | 所述固定资产利用率 98% 有误，应为 100.00%
            部门整体支出绩效自评分数为90分                                |
            自评得分为85分                                             | 所述自评得分 85分 有误，应为 90.00分
            下达项目资金47.77万元，资金支出47.77万元，支出率为100.00%       |
            下达项目资金47.77万元，支出率为99%                            | 所述支出率 99% 有误，应为 100.00%
            全年资金支出率为95%                                        |
            项目资金年度预算47.77万元，实际支出47.77万元                   |
            根据埔财预〔2023〕1号文件，2023年12月31日下达项目资金           |
            核定事业编制115名，实有102人，设12个内设机构，播出时政新闻1420多篇 |
            采购意向在“广东省政府采购网”100%公开                          |
            直播时长17小时33分钟，自评工作于8月完成                         |
            """)
    void valuesNextToANameMustBeTheFigure(String text, String expected) {
        assertEquals(Checks.none(expected), Checks.messages(Checks.findings(RULE, "evaluation", text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            结转结余率：年度预算1924.28万元，实际支出1834.36万元，支出完成率为95%。 | “结转结余率”段落所述比率 95% 与结转结余率 4.67% 不符（95% 为支出完成率）
            ①结转结余率:2023 年度，资金下达合法合规，支出完成率为95%            | “结转结余率”段落所述比率 95% 与结转结余率 4.67% 不符（95% 为支出完成率）
            （1）结转结余率：资金使用率达到80%                                | “结转结余率”段落所述比率 80% 与结转结余率 4.67% 不符
            结转结余率：本年资金使用率为100%                                  | “结转结余率”段落所述比率 100% 与结转结余率 4.67% 不符（100% 为项目资金支出率）
            结转结余率：支出完成率95.33%，结转结余率4.67%                       |
            结转结余率：年末结转结余89.92万元，占年度预算的5%                     |
            结转结余率：执行较好                                              |
            公用经费控制率：公用经费决算数与调整预算数均为1,360,848.10元，控制率100% |
            项目资金支出率：下达47.77万元，支出47.77万元，项目资金支出率100.00%     |
            资金管理情况：支出完成率为95%                                      |
            """)
    void aPassageHeadedByARateMustStateThatRate(String text, String expected) {
        assertEquals(Checks.none(expected), Checks.messages(Checks.findings(RULE, "evaluation", text)));
    }

    @Test
    void eachHeadedLineIsItsOwnPassage() {
        String text = "结转结余率：4.67%\n支出完成率：95%\n②结转结余率：支出完成率为95%";
        assertEquals("“结转结余率”段落所述比率 95% 与结转结余率 4.67% 不符（95% 为支出完成率）",
                Checks.messages(Checks.findings(RULE, "evaluation", text)));
    }

    @Test
    void aRateWithoutBasisIsNotChecked() {
        var figures = new SampleFigures().executionRate(null).carryOverRate(null).build();
        assertEquals("", Checks.messages(Checks.findings(RULE, figures, "evaluation",
                "结转结余率：支出完成率为80%，结转结余率20%")));
    }

    @Test
    void theFindingPointsAtItsSection() {
        assertEquals("narrative.expenditure",
                Checks.findings(RULE, "expenditure", "实际支出1843.36万元").get(0).where());
    }
}
