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

    private static void assertKnownSource(String source) {
        assertTrue(Vocabulary.get().sources().stream().anyMatch(s -> s.id().equals(source)), source);
    }
}
