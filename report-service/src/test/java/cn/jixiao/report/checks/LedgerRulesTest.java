package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.model.Figures.Amount;
import cn.jixiao.report.model.Finding;

/** Basic + project and the economic classes against spending, to the cent. */
class LedgerRulesTest {

    @Test
    void theSampleFiguresAddUp() {
        assertEquals(List.of(), ConsistencyChecker.check(SampleFigures.sample(), null).findings());
    }

    @Test
    void spendingOneCentOffBreaksBothSums() {
        List<Finding> findings = ConsistencyChecker.check(new SampleFigures().spending("18343585.91").build(), null)
                .findings();
        assertEquals(List.of(
                new Finding("error", "basic-plus-project", "基本支出 17865885.90元 与项目支出 477700.00元 之和为 "
                        + "18343585.90元，与实际支出 18343585.91元 不符", "figures"),
                new Finding("error", "economic-classes-sum", "按经济分类的支出合计 18343585.90元（301 工资福利支出 "
                        + "14571912.35元、302 商品和服务支出 1833652.37元、303 对个人和家庭的补助 1938021.18元），"
                        + "与实际支出 18343585.91元 不符", "figures")),
                findings);
    }

    @Test
    void aMissingEconomicClassIsFound() {
        List<Amount> twoClasses = List.of(new Amount("301", "工资福利支出", SampleFigures.money("14571912.35")),
                new Amount("302", "商品和服务支出", SampleFigures.money("1833652.37")));
        List<Finding> findings = ConsistencyChecker.check(
                new SampleFigures().economicClasses(twoClasses).build(), null).findings();
        assertEquals(List.of("economic-classes-sum"), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void noEconomicClassesIsNothingToCheck() {
        assertEquals(List.of(), ConsistencyChecker.check(new SampleFigures().economicClasses(List.of()).build(), null)
                .findings());
    }
}
