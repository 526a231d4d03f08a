package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text → the named fund amounts found, as "name=amount; …". */
class FundFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            项目支出47.77万元；其中2023年中央支持地方公共文化服务体系建设和补助资金23.96万；大埔县融媒体中心县人民政府网站运行维护费14.33万元。 | 2023年中央支持地方公共文化服务体系建设和补助资金=23.96万; 大埔县融媒体中心县人民政府网站运行维护费=14.33万元
            2023 年中央广播电视节目无线覆盖运行维护费资金 23.96 万元，当年支出 23.96 万元。 | 2023年中央广播电视节目无线覆盖运行维护费资金=23.96万元
            网站运行维护费14.33万元和农村广播电视无线覆盖工程运行维护经费9.48万元 | 网站运行维护费=14.33万元; 农村广播电视无线覆盖工程运行维护经费=9.48万元
            项目支出主要为网站运行维护费为14.33万元                 | 网站运行维护费=14.33万元
            其中：网站运行维护费14.33万元，其他9.48万元              | 网站运行维护费=14.33万元; 其他=9.48万元
            2023年12月31日下达项目资金47.77万元                    |
            办公费2.00万元，印刷费2.00万元                         |
            公用经费决算数为1360848.10元                          |
            """)
    void findsNamedFundAmounts(String text, String expected) {
        String found = FundFinder.funds(MentionFinder.scan(text)).stream()
                .map(f -> f.name() + "=" + f.amount().text())
                .collect(Collectors.joining("; "));
        assertEquals(expected == null ? "" : expected, found);
    }
}
