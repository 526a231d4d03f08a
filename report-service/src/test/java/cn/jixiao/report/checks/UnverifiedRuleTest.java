package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/** Every amount and percentage is either compared with the ledger or listed as unverified. */
class UnverifiedRuleTest {

    private static final String RULE = "unverified";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            honghe-sjfz-2024 | 实际到位资金2030.12万元，资金到位率100%。 | 所述 2030.12万元 未能核对：账面没有“到位资金”这一数字 / 所述 100% 未能核对：账面没有“资金到位率”这一数字
            dabu-2023        | 人员经费1146.50万元。 | 所述 1146.50万元 未能核对：账面没有“人员经费”这一数字
            dabu-2023        | 全年收入2030.12万元。 | 所述 2030.12万元 未能核对：未能确定所指的账面数字
            dabu-2023        | 项目资金全年预算数710万元，全年执行数700.57万元。 | 所述 710万元 未能核对：未能确定所指的账面数字 / 所述 700.57万元 未能核对：未能确定所指的账面数字
            dabu-2023        | 实际支出 95.33%。 | 所述 95.33% 未能核对：未能确定所指的账面数字
            dabu-2023        | 全年预算数2030.12万元，全年执行数1925.57万元，执行率94.85%。 |
            dabu-2023        | 自评得分88.5分，工作量增长15个百分点。 |
            """)
    void uncheckedFiguresAreListed(String source, String text, String expected) {
        assertEquals(Checks.none(expected),
                Checks.messages(Checks.findings(RULE, CountyFigures.figures(), "expenditure", text)));
    }

    @Test
    void aFigureWithoutLedgerValueIsUnverified() {
        var figures = new SampleFigures().executionRate(null).build();
        assertEquals("所述 95% 未能核对：账面暂无“支出完成率”的数字",
                Checks.messages(Checks.findings(RULE, figures, "evaluation", "支出完成率为95%")));
    }

    @Test
    void theFindingGivesParagraphCharacterAndSentence() {
        List<Finding> findings = Checks.findings(RULE, CountyFigures.figures(), "expenditure",
                "全年预算数2030.12万元。\n\n本年另收到捐赠资金12万元；已全部用于设备购置。");
        assertEquals(List.of(new Finding("info", RULE, "所述 12万元 未能核对：未能确定所指的账面数字", "narrative.expenditure",
                new Finding.Excerpt(2, 10, "本年另收到捐赠资金12万元；"))), findings);
    }

    @Test
    void coverageCountsCheckedAndUncheckedAmountsAndPercentages() {
        ConsistencyChecker.Result result = ConsistencyChecker.check(CountyFigures.figures(), new Narrative(Map.of(
                "expenditure", "全年预算数2030.12万元，全年执行数1925.57万元，执行率94.85%，收入2100万元，自评得分88.5分。")));
        assertEquals(Coverage.of(3, 1), result.coverage());
        assertEquals("3 个数字已核对，1 个未能核对", result.coverage().summary());
    }
}
