package cn.jixiao.evaluation.scoring;

import static cn.jixiao.evaluation.scoring.TestFrameworks.edited;
import static cn.jixiao.evaluation.scoring.TestFrameworks.remove;
import static cn.jixiao.evaluation.scoring.TestFrameworks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

class FrameworkValidatorTest {

    private static final String EXECUTION = "/indicators/0/children/0";
    private static final String MILESTONES = "/indicators/0/children/1";
    private static final String SATISFACTION = "/indicators/1/children/0";
    private static final String BETTER_OF = "/indicators/1/children/1";
    private static final String QUALITATIVE = "/indicators/1/children/2";

    @Test
    void baseFrameworkIsValid() {
        assertEquals(List.of(), FrameworkValidator.validate(TestFrameworks.base()));
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("missing id", remove("/id"), "id", Code.REQUIRED),
                broken("blank version", set("/version", "\" \""), "version", Code.REQUIRED),
                broken("missing fiscal year", remove("/fiscalYear"), "fiscalYear", Code.REQUIRED),
                broken("missing region", remove("/mofDivCode"), "mofDivCode", Code.REQUIRED),
                broken("top level not 100", set("/indicators/1/weight", "30"), "indicators", Code.WEIGHT_SUM),
                broken("children not summing to the parent", set(EXECUTION + "/weight", "35"),
                        "indicators[0].children", Code.WEIGHT_SUM),
                broken("negative weight", set(QUALITATIVE + "/weight", "-10"), "indicators[1].children[2].weight",
                        Code.NEGATIVE_WEIGHT),
                broken("weight with three decimals", set("/indicators/0/weight", "60.005"), "indicators[0].weight",
                        Code.INVALID_SCALE),
                broken("missing weight", remove(QUALITATIVE + "/weight"), "indicators[1].children[2].weight",
                        Code.REQUIRED),
                broken("leaf without rule", remove(QUALITATIVE + "/rule"), "indicators[1].children[2].rule",
                        Code.LEAF_WITHOUT_RULE),
                broken("parent with rule", set("/indicators/0/rule", "{\"kind\":\"qualitative\"}"),
                        "indicators[0].rule", Code.PARENT_WITH_RULE),
                broken("duplicate code", set(SATISFACTION + "/code", "\"1.1\""), "indicators[1].children[0].code",
                        Code.DUPLICATE_CODE),
                broken("missing code", remove(SATISFACTION + "/code"), "indicators[1].children[0].code",
                        Code.REQUIRED),
                broken("unknown measure", set(EXECUTION + "/rule/measure", "\"spending-speed\""),
                        "indicators[0].children[0].rule.measure", Code.UNKNOWN_MEASURE),
                broken("missing measure", remove(EXECUTION + "/rule/measure"),
                        "indicators[0].children[0].rule.measure", Code.REQUIRED),
                broken("monthly measure outside milestones", set(EXECUTION + "/rule/measure", "\"monthly-execution\""),
                        "indicators[0].children[0].rule.measure", Code.INVALID_VALUE),
                broken("target of 0", set(EXECUTION + "/rule/target", "0"), "indicators[0].children[0].rule.target",
                        Code.INVALID_VALUE),
                broken("missing direction", remove(EXECUTION + "/rule/direction"),
                        "indicators[0].children[0].rule.direction", Code.REQUIRED),
                broken("grades ascending", set("/grades/1/minScore", "95"), "grades[1].minScore", Code.GRADE_BANDS),
                broken("grades equal", set("/grades/2/minScore", "80"), "grades[2].minScore", Code.GRADE_BANDS),
                broken("lowest grade above 0", set("/grades/3/minScore", "10"), "grades[3].minScore",
                        Code.GRADE_BANDS),
                broken("no grades", set("/grades", "[]"), "grades", Code.GRADE_BANDS),
                broken("duplicate grade", set("/grades/1/grade", "\"优\""), "grades[1].grade", Code.GRADE_BANDS),
                broken("no bands", set(SATISFACTION + "/rule/bands", "[]"), "indicators[1].children[0].rule.bands",
                        Code.BANDS),
                broken("band fraction above 1", set(SATISFACTION + "/rule/bands/0/fraction", "1.2"),
                        "indicators[1].children[0].rule.bands[0].fraction", Code.BANDS),
                broken("duplicate band min", set(SATISFACTION + "/rule/bands/1/min", "90.0"),
                        "indicators[1].children[0].rule.bands[1].min", Code.BANDS),
                broken("milestone points not summing to the weight", set(MILESTONES + "/rule/milestones/0/points", "5"),
                        "indicators[0].children[1].rule.milestones", Code.MILESTONES),
                broken("milestone month 13", set(MILESTONES + "/rule/milestones/1/month", "13"),
                        "indicators[0].children[1].rule.milestones[1].month", Code.MILESTONES),
                broken("duplicate milestone month", set(MILESTONES + "/rule/milestones/1/month", "6"),
                        "indicators[0].children[1].rule.milestones[1].month", Code.MILESTONES),
                broken("milestones on another measure", set(MILESTONES + "/rule/measure", "\"execution-rate\""),
                        "indicators[0].children[1].rule.measure", Code.MILESTONES),
                broken("no milestones", set(MILESTONES + "/rule/milestones", "[]"),
                        "indicators[0].children[1].rule.milestones", Code.MILESTONES),
                broken("better-of with one rule", remove(BETTER_OF + "/rule/rules/1"),
                        "indicators[1].children[1].rule.rules", Code.BETTER_OF),
                broken("better-of with three rules", set(BETTER_OF + "/rule/rules/2", "{\"kind\":\"proportional\","
                        + "\"measure\":\"execution-rate\",\"direction\":\"higher-better\",\"target\":90}"),
                        "indicators[1].children[1].rule.rules", Code.BETTER_OF),
                broken("better-of with a qualitative rule", set(BETTER_OF + "/rule/rules/1", "{\"kind\":\"qualitative\"}"),
                        "indicators[1].children[1].rule.rules[1]", Code.BETTER_OF),
                broken("better-of with a bad rule inside", set(BETTER_OF + "/rule/rules/1/pointsPerPercent", "0"),
                        "indicators[1].children[1].rule.rules[1].pointsPerPercent", Code.INVALID_VALUE),
                broken("unknown rule kind", set(EXECUTION + "/rule/kind", "\"linear\""),
                        "indicators[0].children[0].rule.kind", Code.UNKNOWN_RULE_KIND),
                broken("unknown rule kind inside better-of", set(BETTER_OF + "/rule/rules/0/kind", "\"ratio\""),
                        "indicators[1].children[1].rule.rules[0].kind", Code.UNKNOWN_RULE_KIND),
                broken("missing rule kind", remove(EXECUTION + "/rule/kind"), "indicators[0].children[0].rule.kind",
                        Code.REQUIRED),
                broken("unknown direction", set(EXECUTION + "/rule/direction", "\"upwards\""),
                        "indicators[0].children[0].rule.direction", Code.INVALID_VALUE),
                broken("unknown field", set("/indicators/0/colour", "\"red\""), "indicators[0].colour",
                        Code.UNKNOWN_FIELD),
                broken("text for a number", set("/indicators/0/weight", "\"sixty\""), "indicators[0].weight",
                        Code.INVALID_VALUE),
                broken("fractional month", set(MILESTONES + "/rule/milestones/1/month", "6.5"),
                        "indicators[0].children[1].rule.milestones[1].month", Code.INVALID_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void reportsTheErrorAtItsPath(String name, String json, String path, Code code) {
        FrameworkParseResult result = FrameworkDocuments.parse(json);

        assertFalse(result.valid());
        assertNull(result.framework());
        assertTrue(result.errors().stream().anyMatch(e -> e.path().equals(path) && e.code() == code),
                "expected " + code + " at " + path + ", got " + result.errors());
        assertTrue(result.errors().stream().allMatch(e -> !e.message().isBlank()));
    }

    @Test
    void reportsEveryErrorAtOnceWithChineseMessages() {
        String json = edited(set("/version", "\"\"").andThen(set(QUALITATIVE + "/weight", "5"))
                .andThen(set(SATISFACTION + "/code", "\"1.2\"")));

        assertEquals(List.of(
                new ValidationError("version", Code.REQUIRED, "缺少版本号 version"),
                new ValidationError("indicators[1].children[0].code", Code.DUPLICATE_CODE,
                        "指标编码 1.2 重复（与 indicators[0].children[1].code 相同）"),
                new ValidationError("indicators[1].children", Code.WEIGHT_SUM,
                        "“预算使用效益”的下级指标分值合计 35 分，应等于其分值 40 分")),
                FrameworkDocuments.parse(json).errors());
    }

    @Test
    void unknownRuleKindNamesTheKindsThatExist() {
        FrameworkParseResult result = FrameworkDocuments.parse(edited(set(EXECUTION + "/rule/kind", "\"linear\"")));

        assertEquals(List.of(new ValidationError("indicators[0].children[0].rule.kind", Code.UNKNOWN_RULE_KIND,
                "未知的评分规则类型“linear”（可选 proportional、deduction、bands、qualitative、milestones、better-of、steps、between、compare、per-occurrence、coefficient、one-of）")),
                result.errors());
    }

    @Test
    void unknownDirectionNamesTheDirectionsThatExist() {
        FrameworkParseResult result = FrameworkDocuments.parse(edited(set(EXECUTION + "/rule/direction", "\"up\"")));

        assertEquals(List.of(new ValidationError("indicators[0].children[0].rule.direction", Code.INVALID_VALUE,
                "取值“up”无效（可选 higher-better、lower-better）")), result.errors());
    }

    @Test
    void notJsonIsMalformed() {
        List<ValidationError> errors = FrameworkDocuments.parse("{\"id\": \"x\",").errors();

        assertEquals(1, errors.size());
        assertEquals("", errors.get(0).path());
        assertEquals(Code.MALFORMED, errors.get(0).code());
        assertTrue(errors.get(0).message().startsWith("不是有效的 JSON"), errors.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "null", "[1, 2]", "\"framework\"" })
    void documentThatIsNotAnObjectIsMalformed(String json) {
        List<ValidationError> errors = FrameworkDocuments.parse(json).errors();

        assertEquals(1, errors.size());
        assertEquals(Code.MALFORMED, errors.get(0).code());
    }

    private static Arguments broken(String name, Consumer<ObjectNode> edit, String path, Code code) {
        return Arguments.of(name, edited(edit), path, code);
    }
}
