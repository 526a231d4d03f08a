package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences in the wordings published reports use (the sentences are ours; the first column is the vocabulary source
 * whose wording they follow), checked against a department whose ledger gives 94.85 % execution (CountyFigures).
 * An empty expectation means no finding of the rule.
 */
class RealWordingsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            issue-12            | 全年预算数2030.12万元，全年执行数2030.12万元，执行率100%。 | 所述全年执行数 2030.12万元 有误，应为 1925.57万元 / 所述执行率 100% 有误，应为 94.85%
            issue-12            | 全年预算2030.12万元，决算支出2030.12万元。 | 所述决算支出 2030.12万元 有误，应为 1925.57万元
            issue-12            | 部门预算执行率100% | 所述部门预算执行率 100% 有误，应为 94.85%
            guichi-tangxi-2022  | 年初预算数1880万元，全年预算数2030.12万元，全年执行数1925.57万元，执行率94.85%。 |
            guichi-tangxi-2022  | 全年执行数1925.6万元，执行率94.9%。 |
            suiyang-taibai-2021 | 年初预算数1900.00万元 | 所述年初预算数 1900.00万元 有误，应为 1880.00万元
            suiyang-taibai-2021 | 基本支出1225万元，项目支出700.57万元。 |
            qingshen-fgj-2023   | 调整后预算数2030.12万元，预算执行数1925.57万元，预算执行率94.85%。 |
            qingshen-fgj-2023   | 调整后预算2100万元 | 所述调整后预算 2100万元 有误，应为 2030.12万元
            qingshen-fgj-2023   | 预算执行数1930.00万元，预算执行率95.07%。 | 所述预算执行数 1930.00万元 有误，应为 1925.57万元 / 所述预算执行率 95.07% 有误，应为 94.85%
            qingshen-fgj-2023   | 年度预算执行率96% | 所述执行率 96% 有误，应为 94.85%
            shouxian-2023       | 预算数2030.12万元，预算执行数1925.57万元。 |
            shouxian-2023       | 财政部门批复的预算数1880万元。 |
            shouxian-2023       | 预算数1990万元 | 所述预算数 1990万元 有误，应为 2030.12万元（调整后预算数） 或 1880.00万元（年初预算数）
            honghe-sjfz-2024    | 年初批复预算1880万元，调整预算2030.12万元。 |
            honghe-sjfz-2024    | 年末结转结余104.55万元。 |
            honghe-sjfz-2024    | 结转结余120万元 | 所述结转结余 120万元 有误，应为 104.55万元
            honghe-sjfz-2024    | 项目预算710万元，项目支出700.57万元，项目支出率98.67%。 |
            honghe-sjfz-2024    | 项目预算720万元 | 所述项目预算 720万元 有误，应为 710.00万元
            dabu-2023           | 结转结余金额为104.55万元，结转结余率5.15%。 |
            dabu-2023           | 基本支出决算数1225.00万元，项目支出决算数700.57万元。 |
            dabu-2023           | 基本支出决算数1250.00万元 | 所述基本支出 1250.00万元 有误，应为 1225.00万元
            dabu-2023           | 项目支出率100% | 所述项目支出率 100% 有误，应为 98.67%
            dabu-2023           | 公用经费决算数78.50万元，公用经费预算数80万元。 |
            dabu-2023           | 公用经费决算数和调整预算数都为78.50万元。 |
            dabu-2023           | 公用经费控制率100% | 所述公用经费控制率 100% 有误，应为 98.13%
            dabu-2023           | “三公”经费支出4.20万元，三公经费预算数5万元。 |
            dabu-2023           | 自评分数为88.5分。 |
            dabu-2023           | 自评得分90分 | 所述自评得分 90分 有误，应为 88.50分
            dabu-2023           | 项目资金全年预算数710万元，全年执行数700.57万元。 |
            scoring-sheet-2019  | 结转结余资金104.6万元，支出完成数1925.57万元。 |
            scoring-sheet-2019  | 一般公共预算支出实际完成率100% | 所述一般公共预算支出实际完成率 100% 有误，应为 94.85%
            project-table-jieyu | 结余率为3% | 所述结余率 3% 有误，应为 5.15%
            issue-12            | 支出进度为100% | 所述支出进度 100% 有误，应为 94.85%
            issue-12            | 完成支出1925.57万元，预算批复数1880万元。 |
            """)
    void statedValues(String source, String text, String expected) {
        assertKnownSource(source);
        assertEquals(Checks.none(expected),
                Checks.messages(Checks.findings("stated-value", CountyFigures.figures(), "evaluation", text)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            guichi-tangxi-2022  | 全年预算数2030.12万元，全年执行数2030.12万元，执行率100%。 |
            qingshen-fgj-2023   | 调整后预算数2030.12万元，预算执行数1925.57万元，预算执行率95.85%。 | 同句所述 1925.57万元 ÷ 2030.12万元 = 94.85%，与所述比率 95.85% 不符
            honghe-sjfz-2024    | 项目资金预算50万元，已支出40万元，执行率90%。 | 同句所述 40万元 ÷ 50万元 = 80.00%，与所述比率 90% 不符
            dabu-2023           | 下达项目资金47.77万元，资金支出47.77万元，支出率为100.00%。 |
            shouxian-2023       | 预算数300万元，执行数285万元，执行率95%。 |
            shouxian-2023       | 预算数300万元，执行数285万元，执行率95.5%。 | 同句所述 285万元 ÷ 300万元 = 95.00%，与所述比率 95.5% 不符
            suiyang-taibai-2021 | 年初预算数1172.55万元，全年执行数1268.72万元。 |
            guichi-tangxi-2022  | 本项目共申请预算资金90万元，其中编制费30万元、审计费30万元、设计测绘费30万元。 |
            guichi-tangxi-2022  | 共完成预算资金89.97万元，其中编制费30万元、审计费30万元、设计测绘费39.99万元。 | “其中”所列各项之和 99.99万元（30万元 + 30万元 + 39.99万元）超过所述总数 89.97万元
            dabu-2023           | 培训费12万元、印刷费8万元、差旅费5万元，合计25万元。 |
            dabu-2023           | 培训费12万元、印刷费8万元、差旅费5万元，合计28万元。 | 所述合计 28万元 与所列各项之和 25万元（12万元 + 8万元 + 5万元）不符
            qingshen-fgj-2023   | 财政资金251.89万元，单位资金0.00万元，其他资金0.00万元，总计251.89万元。 |
            dabu-2023           | 实际支出1834.36万元，其中基本支出1786.59万元，项目支出47.77万元。 |
            dabu-2023           | 项目支出47.77万元，其中网站运行维护费14.33万元（含域名续费0.50万元），无线覆盖运行维护费23.96万元。 |
            qingshen-fgj-2023   | 本项目调整后预算数3.36万元，预算执行数3.36万元，预算执行率100.00%。 |
            """)
    void sentencesAgreeWithThemselves(String source, String text, String expected) {
        assertKnownSource(source);
        assertEquals(Checks.none(expected),
                Checks.messages(Checks.findings("arithmetic", CountyFigures.figures(), "evaluation", text)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            issue-12            | 项目支出700.57万元，主要用于：预算绩效评价55万元；政府采购代理40万元；信息系统运维38万元；档案数字化30万元；业务培训25万元；宣传印刷22万元；办公设备购置28万元；车辆运行维护12万元；法律顾问服务30万元。 | NINE_ITEMS
            issue-12            | 项目支出700.57万元，主要用于：预算绩效评价经费55万元；政府采购代理经费40万元；信息系统运维经费38万元；档案数字化经费30万元；业务培训经费25万元；宣传印刷经费22万元；办公设备购置经费28万元；车辆运行维护经费12万元；法律顾问服务经费30万元。 | NINE_ITEMS
            guichi-tangxi-2022  | 项目支出700.57万元，其中：道路养护400.57万元，水利维修200万元，能力提升100万元。 |
            dabu-2023           | 项目支出700.57万元，主要用于道路养护和水利维修。 |
            dabu-2023           | 项目支出700.57万元，主要用于：道路养护400.57万元；其他300万元。 |
            dabu-2023           | 项目支出700.57万元，其中道路养护400.57万元。年末结余5万元。 | 项目支出 700.57万元 中列明的项目资金合计 400.57万元（400.57万元），尚有 300.00万元 未列明，请补全项目或将余额列为“其他”（账面未列明的项目：农田水利设施维修项目 200.00万元、业务能力提升项目 100.00万元）
            """)
    void itemsAfterProjectSpendingAddUp(String source, String text, String expected) {
        assertKnownSource(source);
        String nineItems = "项目支出 701万元 中列明的项目资金合计 280万元（55万元 + 40万元 + 38万元 + 30万元 + 25万元 + 22万元 + "
                + "28万元 + 12万元 + 30万元），尚有 421万元 未列明，请补全项目或将余额列为“其他”（账面未列明的项目："
                + "乡村道路养护项目 401万元、农田水利设施维修项目 200万元、业务能力提升项目 100万元）";
        assertEquals(Checks.none(expected).replace("NINE_ITEMS", nineItems),
                Checks.messages(Checks.findings("named-projects-sum", CountyFigures.figures(), "expenditure", text)));
    }

    private static void assertKnownSource(String source) {
        assertTrue(Vocabulary.get().sources().stream().anyMatch(s -> s.id().equals(source)), source);
    }
}
