package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text → the (name, stated value) pairs found, as "name=value; …"; an empty expectation means none. */
class MentionFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本部门整体年度预算为1924.28万元，实际支出为1834.36万元。 | 整体年度预算=1924.28万元; 实际支出=1834.36万元
            实际支出为 1834.36 万元                               | 实际支出=1834.36万元
            支出完成率为 95%                                      | 支出完成率=95%
            预算执行率95.33％。                                   | 预算执行率=95.33％
            结转结余率为4.67%，支出完成率为95.33%                   | 结转结余率=4.67%; 支出完成率=95.33%
            公用经费决算数和调整预算数都为 1360848.10 元              | 公用经费决算数=1360848.10元
            公用经费决算数为1,360,848.10元                          | 公用经费决算数=1,360,848.10元
            公用经费为136.08万元，公用经费控制率100%                  | 公用经费=136.08万元; 公用经费控制率=100%
            “三公”经费预算3.76万元                                 | “三公”经费=3.76万元
            三公经费支出3.76万                                     | 三公经费=3.76万
            年末固定资产总额（原值）2156.69万元，在用固定资产总额（原值）2156.69万元，固定资产利用率100% | 固定资产总额=2156.69万元; 在用固定资产总额=2156.69万元; 固定资产利用率=100%
            部门整体支出绩效自评分数为90分                            | 自评分数=90分
            自评得分：88.5分                                      | 自评得分=88.5分
            项目支出47.77万元；其中公共文化服务体系建设补助资金23.96万  | 项目支出=47.77万元
            工资福利性支出1457.19万元，商品和服务支出183.37万元、对个人和家庭的补助193.80万元 | 工资福利性支出=1457.19万元; 商品和服务支出=183.37万元; 对个人和家庭的补助=193.80万元
            项目支出率100%                                        | 项目支出率=100%
            下达项目资金47.77万元，资金支出47.77万元，支出率为100.00%   | 支出率=100.00%
            资金支出率为100%                                       |
            项目资金年度预算47.77万元，实际支出47.77万元               |
            年度预算中安排专项工作经费12.50万元                        |
            项目支出其中网站运行维护费14.33万元                        |
            实际支出 95.33%                                       |
            实际支出，截至年底为1834.36万元                          |
            支出完成率在全县各单位预算执行中位居前列达到95%             |
            根据埔财预〔2023〕1号文件，2023年12月31日下达资金           |
            结转结余率：2023 年度，资金下达合法合规                    |
            核定事业编制115名，实有102人，设12个内设机构，播出时政新闻1420多篇 |
            采购意向在“广东省政府采购网”100%公开                      |
            直播时长17小时33分钟，观看人数1.1 万+                      |
            """)
    void findsNamesWithTheirValues(String text, String expected) {
        String found = MentionFinder.scan(text).mentions().stream()
                .map(m -> m.name().text() + "=" + m.quantity().text())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            95%            | 95           | PERCENT  | 0
            95.33 %        | 95.33        | PERCENT  | 2
            23.96万；       | 23.96        | WAN_YUAN | 2
            1924.28万元     | 1924.28      | WAN_YUAN | 2
            1,360,848.10 元 | 1360848.10   | YUAN     | 2
            90分            | 90           | POINTS   | 0
            """)
    void readsNumberUnitAndPrecision(String text, String number, Unit unit, int scale) {
        Quantity quantity = MentionFinder.scan(text).quantities().get(0);
        assertEquals(SampleFigures.money(number), quantity.number());
        assertEquals(unit, quantity.unit());
        assertEquals(scale, quantity.scale());
    }
}
