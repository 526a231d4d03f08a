package cn.jixiao.report.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.report.model.Finding;

/** Named project funds against the project spending (47.77万元 in three projects). */
class NamedProjectsRuleTest {

    private static final String RULE = "named-projects-sum";

    @Test
    void theSamplesTwoNamedProjectsMissTheThird() {
        List<Finding> findings = Checks.findings(RULE, "expenditure", "基本支出1786.59万元，项目支出47.77万元；其中"
                + "2023年中央支持地方公共文化服务体系建设和补助资金23.96万；大埔县融媒体中心县人民政府网站运行维护费14.33万元。");
        assertEquals(List.of(new Finding("warning", RULE, "项目支出 47.77万元 中列明的项目资金合计 38.29万元（23.96万 + "
                + "14.33万元），尚有 9.48万元 未列明，请补全项目或将余额列为“其他”（账面未列明的项目："
                + "2023年农村广播电视无线覆盖工程运行维护经费 9.48万元）", "narrative.expenditure")), findings);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            项目支出47.77万元，其中中央广播电视节目无线覆盖运行维护费23.96万元、网站运行维护费14.33万元、农村广播电视无线覆盖工程运行维护经费9.48万元。 |
            项目支出47.77万元，其中中央广播电视节目无线覆盖运行维护费239600.00元、网站运行维护费143300.00元、农村广播电视无线覆盖工程运行维护经费94800.00元。 |
            项目支出47.8万元，其中中央广播电视节目无线覆盖运行维护费24.0万元，网站运行维护费23.8万元。 |
            项目支出47.77万元，其中中央广播电视节目无线覆盖运行维护费23.96万元、网站运行维护费14.33万元，其他9.48万元。 |
            项目支出47.77万元，主要为中央广播电视节目无线覆盖运行维护费23.96万元、网站运行维护费14.33万元及其他项目。 |
            项目支出47.77万元，主要用于广播电视无线覆盖运行维护。 |
            2023年中央广播电视节目无线覆盖运行维护费23.96万元已及时分配。 |
            项目支出47.77万元，其中中央广播电视节目无线覆盖运行维护费23.96万元、网站运行维护费14.33万元，其他9.00万元。 | 项目支出 47.77万元 中列明的项目资金合计 47.29万元（23.96万元 + 14.33万元 + 9.00万元），尚有 0.48万元 未列明，请补全项目或将余额列为“其他”（账面未列明的项目：2023年农村广播电视无线覆盖工程运行维护经费 9.48万元）
            项目支出47.77万元，其中中央广播电视节目无线覆盖运行维护费33.96万元、网站运行维护费14.33万元。 | 项目支出 47.77万元 中列明的项目资金合计 48.29万元（33.96万元 + 14.33万元），超出项目支出 0.52万元
            """)
    void namedFundsMustAddUpToTheProjectSpending(String text, String expected) {
        assertEquals(Checks.none(expected), Checks.messages(Checks.findings(RULE, "expenditure", text)));
    }
}
