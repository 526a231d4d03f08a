package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.json.JsonMapper;

/** The shipped default framework: valid, weights adding up, and the sample report's tree. */
class DefaultFrameworkTest {

    private static final Framework DEFAULT = FrameworkDocuments.defaultFramework();

    @Test
    void validatesCleanly() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FrameworkDocuments.DEFAULT_RESOURCE)) {
            FrameworkParseResult result = FrameworkDocuments.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of(), result.errors());
        }
        assertAll(
                () -> assertEquals("county-department-overall", DEFAULT.id()),
                () -> assertEquals("2023.1", DEFAULT.version()),
                () -> assertEquals("*", DEFAULT.mofDivCode()),
                () -> assertEquals(2023, DEFAULT.fiscalYear()),
                () -> assertEquals(List.of("优", "良", "中", "差"),
                        DEFAULT.grades().stream().map(GradeBand::grade).toList()),
                () -> assertEquals(List.of(90, 80, 60, 0),
                        DEFAULT.grades().stream().map(band -> band.minScore().intValueExact()).toList()));
    }

    @Test
    void leafWeightsSumToAHundredWithAtMostTwoDecimals() {
        List<Indicator> leaves = leaves().toList();

        assertEquals(0, new BigDecimal("100").compareTo(
                leaves.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertTrue(leaves.stream().allMatch(leaf -> leaf.weight().stripTrailingZeros().scale() <= 2));
        assertEquals(32, leaves.size());
    }

    @Test
    void followsTheSampleReportsTree() {
        Map<String, List<String>> secondLevel = DEFAULT.indicators().stream().collect(Collectors.toMap(
                Indicator::name, top -> top.children().stream().map(Indicator::name).toList()));

        assertEquals(List.of("预算编制", "预算执行", "预算使用效益"),
                DEFAULT.indicators().stream().map(Indicator::name).toList());
        assertEquals(Map.of(
                "预算编制", List.of("预算编制", "目标设置"),
                "预算执行", List.of("资金管理", "信息公开", "项目管理", "采购管理", "资产管理"),
                "预算使用效益", List.of("运行成本", "效率性", "履职效能", "公平性")), secondLevel);
        assertEquals(List.of(
                "预算编制合理性", "预算编制规范性", "整体绩效目标合理性", "整体绩效指标明确性",
                "支出完成率", "上级专项资金分配的及时性", "财务管理合规性",
                "预决算公开合规性", "绩效信息公开情况",
                "项目资金绩效完成情况", "项目实施程序", "项目监管",
                "采购意向公开合规性", "采购内控制度建设", "采购活动合规性", "采购合同签订时效性", "合同备案时效性", "采购政策效能",
                "资产配置合规性", "资产收益上缴的及时性", "资产盘点情况", "数据质量", "资产管理合规性", "固定资产利用率",
                "经济成本控制情况", "公用经费控制率", "“三公”经费控制情况",
                "重点工作完成率",
                "产出指标完成情况", "效益指标完成情况",
                "群众信访办理情况", "公众或服务对象满意度"), leaves().map(Indicator::name).toList());
    }

    /** Indicators with a measurable basis are scored from it; every other leaf is qualitative. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2.1.1, execution-rate",
            "2.3.1, project-spending-rate",
            "2.5.6, fixed-asset-utilisation",
            "3.1.2, public-expense-control-rate",
            "3.1.3, three-public-control-rate",
            "3.2.1, key-task-completion",
            "3.3.1, output-target-completion",
            "3.3.2, outcome-target-completion",
            "3.4.1, petition-handling-rate",
            "3.4.2, satisfaction-rate" })
    void measuredIndicators(String code, String measure) {
        Rule rule = DEFAULT.find(code).orElseThrow().rule();

        assertEquals(measure, new JsonMapper().valueToTree(rule).path("measure").asText());
    }

    @Test
    void otherLeavesAreQualitative() {
        assertEquals(22, leaves().filter(leaf -> leaf.rule() instanceof QualitativeRule).count());
    }

    @Test
    void survivesAJsonRoundTrip() throws IOException {
        JsonMapper mapper = new JsonMapper();

        Framework again = TestFrameworks.parseValid(mapper.writeValueAsString(DEFAULT));

        assertEquals(DEFAULT, again);
    }

    private static Stream<Indicator> leaves() {
        return DEFAULT.indicators().stream().flatMap(DefaultFrameworkTest::leavesOf);
    }

    private static Stream<Indicator> leavesOf(Indicator indicator) {
        return indicator.hasChildren() ? indicator.children().stream().flatMap(DefaultFrameworkTest::leavesOf)
                : Stream.of(indicator);
    }
}
