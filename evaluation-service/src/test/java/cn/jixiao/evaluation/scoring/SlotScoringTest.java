package cn.jixiao.evaluation.scoring;

import static cn.jixiao.evaluation.scoring.TestFrameworks.edited;
import static cn.jixiao.evaluation.scoring.TestFrameworks.set;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.evaluation.scoring.SlotDefinition.DefinedIndicator;
import cn.jixiao.evaluation.scoring.SlotDefinition.Status;

/** 部门特性指标: the document shape, whether a definition fits its slot, and how the defined indicators score. */
class SlotScoringTest {

    /** The test framework with 2.3 (财务管理合规性, 10 points) turned into a slot of 1 to 3 产出/效益 indicators. */
    private static final String SLOT = "/indicators/1/children/2";
    private static final Framework FRAMEWORK = TestFrameworks.parseValid(edited(set(SLOT,
            "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":10,"
                    + "\"slot\":{\"minChildren\":1,\"maxChildren\":3,\"categories\":[\"产出\",\"效益\"]}}")));

    @ParameterizedTest(name = "{0} {1} {2}, actual {3}, weight {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            at-least | 1200 | 篇 | 1420   | 6   | 6.00 | SCORED        | 目标 ≥ 1200 篇，实际 1420 篇，达到目标，得满分 6 分
            at-least | 1200 | 篇 | 1200   | 6   | 6.00 | SCORED        | 目标 ≥ 1200 篇，实际 1200 篇，达到目标，得满分 6 分
            at-least | 1200 | 篇 | 1000   | 6   | 5.00 | SCORED        | 目标 ≥ 1200 篇，实际 1000 篇，未达到，按 1000 ÷ 1200 得 5.00 分（满分 6 分）
            at-least | 3    | 项 | 2      | 4   | 2.67 | SCORED        | 目标 ≥ 3 项，实际 2 项，未达到，按 2 ÷ 3 得 2.67 分（满分 4 分）
            at-least | 100  | %  | -5     | 4   | 0.00 | SCORED        | 目标 ≥ 100 %，实际 -5 %，未达到，按 -5 ÷ 100 得 0.00 分（满分 4 分）
            at-most  | 5    | 天 | 5      | 4   | 4.00 | SCORED        | 目标 ≤ 5 天，实际 5 天，达到目标，得满分 4 分
            at-most  | 5    | 天 | 8      | 4   | 2.50 | SCORED        | 目标 ≤ 5 天，实际 8 天，未达到，按 5 ÷ 8 得 2.50 分（满分 4 分）
            at-most  | 0    | 次 | 2      | 3.5 | 0.00 | SCORED        | 目标 ≤ 0 次，实际 2 次，未达到，得 0.00 分（满分 3.5 分）
            at-most  | 0    | 次 | 0      | 3.5 | 3.50 | SCORED        | 目标 ≤ 0 次，实际 0 次，达到目标，得满分 3.5 分
            at-least | 1200 | 篇 |        | 6   | 0.00 | PENDING_INPUT | 待填报：尚未填报实际值
            """)
    void aDefinedIndicatorScoresFullWhenMetAndInProportionWhenNot(String direction, String target, String unit,
            String actual, String weight, String score, ScoreStatus status, String explanation) {
        DefinedIndicator child = new DefinedIndicator("自定义指标", "产出", unit, TargetDirection.of(direction).orElseThrow(),
                new BigDecimal(target), new BigDecimal(weight), actual == null ? null : new BigDecimal(actual));

        ScoredIndicator scored = SlotScoring.score("2.3.D1", child);

        assertAll(
                () -> assertEquals("2.3.D1", scored.code()),
                () -> assertEquals(new BigDecimal(score), scored.score()),
                () -> assertEquals(status, scored.status()),
                () -> assertEquals(explanation, scored.explanation()));
    }

    @Test
    void anApprovedDefinitionIsAParentOfTheDepartmentsIndicators() {
        // 6 × 1000 ÷ 1200 = 5.00; 4 × 5 ÷ 8 = 2.50; 2.3 = 7.50 of 10
        SlotDefinition approved = new SlotDefinition(Status.APPROVED, null, List.of(
                indicator("时政新闻播出", "产出", "6", "at-least", "1200", "1000"),
                indicator("突发事件响应时间", "效益", "4", "at-most", "5", "8")));

        ScoredIndicator slot = slot(approved);

        assertAll(
                () -> assertEquals(new BigDecimal("7.50"), slot.score()),
                () -> assertEquals(ScoreStatus.SCORED, slot.status()),
                () -> assertEquals(List.of("2.3.D1", "2.3.D2"), slot.children().stream().map(ScoredIndicator::code).toList()),
                () -> assertEquals(List.of("时政新闻播出", "突发事件响应时间"),
                        slot.children().stream().map(ScoredIndicator::name).toList()),
                () -> assertEquals("下级指标合计 7.50 分（满分 10 分）", slot.explanation()),
                () -> assertEquals("由部门自定义 1–3 项指标（类别：产出、效益），分值合计 10 分，经财政局审核后按各项目标完成情况计分",
                        slot.rule()));
    }

    static Stream<Arguments> openDefinitions() {
        List<DefinedIndicator> fits = List.of(indicator("时政新闻播出", "产出", "10", "at-least", "1200", "1420"));
        List<DefinedIndicator> tooLight = List.of(indicator("时政新闻播出", "产出", "8", "at-least", "1200", "1420"));
        return Stream.of(
                Arguments.of(null, "待填报：尚未定义部门特性指标"),
                Arguments.of(new SlotDefinition(Status.SUBMITTED, null, fits), "待审核：自定义指标已提交，待财政局审核"),
                Arguments.of(new SlotDefinition(Status.RETURNED, "目标值偏低", fits),
                        "待填报：自定义指标被财政局退回（目标值偏低），请修改后重新提交"),
                Arguments.of(new SlotDefinition(Status.APPROVED, null, tooLight),
                        "待填报：自定义指标需重新提交（自定义指标分值合计 8 分，应等于该栏分值 10 分）"));
    }

    @ParameterizedTest
    @MethodSource("openDefinitions")
    void onlyAnApprovedDefinitionThatStillFitsIsScored(SlotDefinition definition, String explanation) {
        ScoredIndicator slot = slot(definition);

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), slot.score()),
                () -> assertEquals(ScoreStatus.PENDING_INPUT, slot.status()),
                () -> assertEquals(List.of(), slot.children()),
                () -> assertEquals(explanation, slot.explanation()));
    }

    @Test
    void theTotalCountsTheDefinedIndicators() {
        // nothing else is measured here, so the total moves by exactly what the slot scores
        SlotDefinition approved = new SlotDefinition(Status.APPROVED, null, List.of(
                indicator("时政新闻播出", "产出", "6", "at-least", "1200", "1420"),
                indicator("突发事件响应时间", "效益", "4", "at-most", "5", "8")));
        ScoreCard without = Scorer.score(FRAMEWORK, values(null));
        ScoreCard with = Scorer.score(FRAMEWORK, values(approved));

        // 6.00 + 4 × 5 ÷ 8 = 6.00 + 2.50 = 8.50
        assertEquals(new BigDecimal("8.50"), with.total().subtract(without.total()));
    }

    static Stream<Arguments> misfits() {
        return Stream.of(
                Arguments.of("none", List.of(), List.of("children TOO_FEW")),
                Arguments.of("four", List.of(indicator("a", "产出", "2.5", "at-least", "1", null),
                        indicator("b", "产出", "2.5", "at-least", "1", null), indicator("c", "产出", "2.5", "at-least", "1", null),
                        indicator("d", "产出", "2.5", "at-least", "1", null)), List.of("children TOO_MANY")),
                Arguments.of("weights 6 + 3", List.of(indicator("a", "产出", "6", "at-least", "1", null),
                        indicator("b", "效益", "3", "at-least", "1", null)), List.of("children WEIGHT_SUM")),
                Arguments.of("zero weight", List.of(indicator("a", "产出", "10", "at-least", "1", null),
                        indicator("b", "效益", "0", "at-least", "1", null)), List.of("children[1].weight OUT_OF_RANGE")),
                Arguments.of("three decimals", List.of(indicator("a", "产出", "9.995", "at-least", "1", null),
                        indicator("b", "效益", "0.005", "at-least", "1", null)),
                        List.of("children[0].weight INVALID_SCALE", "children[1].weight INVALID_SCALE")),
                Arguments.of("unknown category", List.of(indicator("a", "满意度", "10", "at-least", "1", null)),
                        List.of("children[0].category INVALID_VALUE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void aDefinitionMustFitItsSlot(String label, List<DefinedIndicator> children, List<String> expected) {
        Indicator slot = FRAMEWORK.find("2.3").orElseThrow();

        List<ValidationError> errors = SlotScoring.check(slot.slot(), slot.weight(), children);

        assertEquals(expected, errors.stream().map(e -> e.path() + " " + e.code()).toList());
    }

    static Stream<Arguments> brokenSlots() {
        return Stream.of(
                broken("no bounds", "{}", List.of(
                        SLOT_PATH + ".minChildren REQUIRED 部门自定义指标栏缺少下级指标个数下限 minChildren",
                        SLOT_PATH + ".maxChildren REQUIRED 部门自定义指标栏缺少下级指标个数上限 maxChildren")),
                broken("lower bound 0", "{\"minChildren\":0,\"maxChildren\":3}", List.of(
                        SLOT_PATH + ".minChildren SLOT 部门自定义指标栏的下级指标个数下限至少为 1")),
                broken("upper below lower", "{\"minChildren\":3,\"maxChildren\":2}", List.of(
                        SLOT_PATH + ".maxChildren SLOT 下级指标个数上限 2 小于下限 3")),
                broken("more than 20", "{\"minChildren\":1,\"maxChildren\":21}", List.of(
                        SLOT_PATH + ".maxChildren SLOT 部门自定义指标栏的下级指标最多 20 项")),
                broken("a repeated category", "{\"minChildren\":1,\"maxChildren\":2,\"categories\":[\"产出\",\"产出\"]}",
                        List.of(SLOT_PATH + ".categories[1] SLOT 类别“产出”重复")));
    }

    private static final String SLOT_PATH = "indicators[1].children[2].slot";

    private static Arguments broken(String label, String slot, List<String> errors) {
        return Arguments.of(label, set(SLOT, "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":10,\"slot\":" + slot
                + "}"), errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSlots")
    void aSlotWithoutSaneBoundsIsRefusedWithItsPath(String label, Consumer<ObjectNode> edit, List<String> expected) {
        List<String> errors = FrameworkDocuments.parse(edited(edit)).errors().stream()
                .map(e -> e.path() + " " + e.code() + " " + e.message()).toList();

        assertEquals(expected, errors);
    }

    @Test
    void aSlotHasNoRuleAndItsChildrensCodesAreReserved() {
        String withRule = edited(set(SLOT, "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":10,"
                + "\"rule\":{\"kind\":\"qualitative\"},\"slot\":{\"minChildren\":1,\"maxChildren\":3}}"));
        String clash = edited(set(SLOT, "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":10,"
                + "\"slot\":{\"minChildren\":1,\"maxChildren\":3}}").andThen(set("/indicators/1/children/0/code", "\"2.3.D2\"")));

        assertEquals(List.of(SLOT_PATH + " SLOT"), FrameworkDocuments.parse(withRule).errors().stream()
                .map(e -> e.path() + " " + e.code()).toList());
        String weightless = edited(set(SLOT, "{\"code\":\"2.3\",\"name\":\"部门特性指标\",\"weight\":0,"
                + "\"slot\":{\"minChildren\":1,\"maxChildren\":3}}").andThen(set("/indicators/1/children/0/weight", "30")));
        assertEquals(List.of("indicators[1].children[2].weight SLOT"), FrameworkDocuments.parse(weightless).errors()
                .stream().map(e -> e.path() + " " + e.code()).toList());
        assertEquals(List.of("indicators[1].children[0].code DUPLICATE_CODE 指标编码 2.3.D2 留给部门自定义指标栏 2.3（"
                + "indicators[1].children[2]）的第 2 项，不能另作他用"), FrameworkDocuments.parse(clash).errors().stream()
                        .map(e -> e.path() + " " + e.code() + " " + e.message()).toList());
    }

    private static ScoredIndicator slot(SlotDefinition definition) {
        return Scorer.score(FRAMEWORK, values(definition)).tree().get(1).children().get(2);
    }

    private static MeasureValues values(SlotDefinition definition) {
        Map<String, SlotDefinition> slots = definition == null ? Map.of() : Map.of("2.3", definition);
        return new MeasureValues(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), slots);
    }

    private static DefinedIndicator indicator(String name, String category, String weight, String direction,
            String target, String actual) {
        return new DefinedIndicator(name, category, "篇", TargetDirection.of(direction).orElseThrow(),
                new BigDecimal(target), new BigDecimal(weight), actual == null ? null : new BigDecimal(actual));
    }
}
