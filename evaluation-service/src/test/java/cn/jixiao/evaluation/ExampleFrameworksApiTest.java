package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The shipped example frameworks through the API on the real broker and database: each is stored and assigned to a
 * region of its own, an agency of that region gets the same small ledger through budget.ledger.v1 and enters the same
 * inputs, and the score API answers the totals, grades and leaf scores worked out by hand. Broken documents are
 * refused with the path and reason of each error.
 */
@QuarkusTest
class ExampleFrameworksApiTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * The ledger figures (元) and inputs, the same for each framework; docs/frameworks.md ("Example frameworks") gives
     * every leaf of the hand computation. Adjusted budget 1,136,160.00 (年初 1,052,000.00 + 追加 84,160.00: 8.00 %),
     * spent 1,108,040.00 (97.52 %), 540,000.00 by June's end (47.53 %), 895,000.00 by September's (78.77 %); 年末结余
     * 28,120.00 against 上年结转 30,000.00 (850,000.00 − 820,000.00); "三公" budget 52,000.00 against 50,000.00 last
     * year (+4.00 %), spent 53,040.00 (102.00 %); 公用经费 348,040.00 of 352,000.00 (98.88 %); project 160,000.00 of
     * 184,160.00 (86.88 %); fixed assets 95.00 % in use; 编制 10, 实有 9 (the recorded sample's). Key tasks 4 of 5,
     * satisfaction 85, 产出 targets 3 of 4 met, 效益 2 of 2. No occurrence count is entered here (FrameworkInputsTest
     * enters them): those leaves are 待填报 and score 0. The 84,160.00 line is not 年初 and its 指标来源 is 上年结转 (source type 3), which
     * the 规划/执行 example reads as its 上年结转 (年末结余 28,120.00 ≤ 84,160.00).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # file                                                   | total | grade | leaf scores (code=score; by hand)
            department-overall-input-process-output-outcome.json     | 78.44 | 中    | 1.1.2=3.00 2.1.1=3.00 2.1.2=4.00 2.2.2=10.00 2.2.3=8.69 2.2.4=0.00 3.1=11.25 4.2=4.00
            department-overall-input-process-output-effect.json      | 80.45 | 良    | 1.1.2=3.00 2.1.1=2.00 2.1.2=0.00 2.1.3=2.00 2.1.4=4.00 2.2.5=3.00 2.3.3=4.75 4.1.2=8.50
            department-overall-decision-management-performance.json  | 91.25 | 良    | 1.2=9.00 2.3.1=1.75 3.1.1=7.50 3.1.2=10.00 3.2.1=4.00 3.3.3=3.00
            department-overall-plan-execution-output-effect.json     | 85.30 | 良    | 1=15.00 1.3.1.1=2.00 2.1.1=6.00 2.1.2=2.75 2.1.3=2.00 2.1.4=1.00 2.1.5=3.00 2.2.1=0.00 2.3.2=3.80 4.2.1=8.00
            """)
    void anExampleScoresTheHandComputedCaseThroughTheApi(String file, String total, String grade, String leaves) {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String region = "46" + suffix.substring(2);
        String agency = "E" + suffix + "001";
        ObjectNode document = example(file);
        String id = document.get("id").asText();
        document.put("version", "t" + suffix);
        Api.bureau().body(document.toString()).put("/api/v1/frameworks/" + id + "/versions/t" + suffix)
                .then().statusCode(201);
        Api.bureau().body(Map.of("frameworkId", id, "version", "t" + suffix))
                .put("/api/v1/frameworks/assignments/" + region + "/2023").then().statusCode(204);

        LedgerTopic ledger = workedLedger(agency, region);
        ledger.publish(ledger.events());
        LedgerConsumptionTest.awaitSequence(agency, ledger.events().size());
        enterInputs(agency, document);

        String base = "/api/v1/agencies/" + agency + "/years/2023/scores";
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> new BigDecimal(total).compareTo(scores(base).get("total").decimalValue()) == 0);
        JsonNode scores = scores(base);
        assertEquals(id, scores.get("frameworkId").asText());
        assertAll(Stream.concat(
                Stream.of(() -> assertEquals(grade, scores.get("grade").asText())),
                Stream.of(leaves.split(" ")).map(pair -> pair.split("=")).map(pair -> () -> assertEquals(
                        new BigDecimal(pair[1]), indicator(scores.get("indicators"), pair[0]).get("score")
                                .decimalValue().setScale(2), file + " " + pair[0]))));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # JSON pointer | broken value | field | code | message
            /measures/0/expression | `"actualStaff / headcount * 100"` | measures[0].expression | UNKNOWN_QUANTITY | 表达式“actualStaff / headcount * 100”中的“headcount”不是已知的数量或计量指标
            /measures/2/expression | `"ABS(adjustedBudget - initialBudget) / (10 - 10) * 100"` | measures[2].expression | DIVISION_BY_ZERO | 表达式“ABS(adjustedBudget - initialBudget) / (10 - 10) * 100”除以常数 0
            /measures/3/expression | `"adjustedBudget - carryOverOfLastYear"` | measures[3].expression | MEASURE_CYCLE | 计量指标之间循环引用：carryOver → carryOverOfLastYear → carryOver
            /indicators/0/weight | 16 | indicators | WEIGHT_SUM | 一级指标分值合计 101 分，应为 100 分
            /indicators/0/weight | 16 | indicators[0].children | WEIGHT_SUM | “投入”的下级指标分值合计 15 分，应等于其分值 16 分
            """)
    void aBrokenDocumentIsRefusedWithThePathAndReasonInChinese(String pointer, String value, String field,
            String code, String message) {
        ObjectNode document = example("department-overall-input-process-output-effect.json");
        JsonPointer at = JsonPointer.compile(pointer);
        ((ObjectNode) document.at(at.head())).set(at.last().getMatchingProperty(), read(value));
        String path = "/api/v1/frameworks/" + document.get("id").asText() + "/versions/" + document.get("version")
                .asText();

        var problem = Api.bureau().body(document.toString()).put(path).then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        List<Map<String, String>> errors = problem.getList("errors");
        Map<String, String> error = errors.stream()
                .filter(e -> field.equals(e.get("field")) && code.equals(e.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at " + field + " in " + errors));
        assertEquals(message, error.get("message"));
    }

    /** The worked case's events: the agency, last year's budget and spending, this year's, and an asset snapshot. */
    private static LedgerTopic workedLedger(String agency, String region) {
        return new LedgerTopic(agency).registered("示例指标体系测试单位", region)
                .budgetLine(2022, agency + "-22R", "running", null, "800000.00", true)
                .budgetLine(2022, agency + "-22T", "running", "reception", "50000.00", true)
                .payment(2022, agency + "-22P1", "running", null, "780000.00", "2022-12-10")
                .payment(2022, agency + "-22P2", "running", "reception", "40000.00", "2022-11-10")
                .budgetLine(agency + "-P", "personnel", null, "600000.00")
                .budgetLine(agency + "-R", "running", null, "300000.00")
                .budgetLine(agency + "-T", "running", "reception", "52000.00")
                .budgetLine(agency + "-J1", "project", null, "100000.00")
                .budgetLine(agency + "-J2", "project", null, "84160.00", false)
                .payment(agency + "-P1", "personnel", null, "540000.00", "2023-06-15")
                .payment(agency + "-P2", "personnel", null, "60000.00", "2023-07-15")
                .payment(agency + "-P3", "running", null, "295000.00", "2023-09-05")
                .payment(agency + "-P4", "running", "reception", "53040.00", "2023-11-10")
                .payment(agency + "-P5", "project", null, "160000.00", "2023-12-15")
                .assets("2023-12-31", "2000000.00", "1900000.00");
    }

    /**
     * The department's inputs; every qualitative indicator self-assessed at full marks (达成) but these: 1.1.3 4.50,
     * 1.2.1 4.00, 2.7.3 1.50 and 3.2.2 3.00 (部分达成) of the 部门决策 framework; 1.1.3 4.00, 2.1.4 4.50, 2.2.3 2.50,
     * 2.3.2 2.70 and 3.1.2 4.50 where the others have them.
     */
    private static void enterInputs(String agency, ObjectNode document) {
        String base = "/api/v1/agencies/" + agency + "/years/2023";
        Api.department(agency).body(Map.of("keyTasksPlanned", 5, "keyTasksCompleted", 4, "petitionsReceived", 0,
                "petitionsHandled", 0, "satisfactionRate", 85)).put(base + "/department-inputs").then().statusCode(200);
        Api.department(agency).body(Map.of("items", List.of(
                target("时政新闻播出", "产出", "1200", "1420"), target("政府网站发布信息", "产出", "3000", "3900"),
                target("专题报道", "产出", "40", "45"), target("融媒体产品", "产出", "100", "80"),
                target("向市级以上媒体供稿", "效益", "200", "282"), target("直播观看人次", "效益", "10000", "11000"))))
                .put(base + "/performance-targets").then().statusCode(200);
        boolean decisionFramework = document.get("id").asText().contains("decision");
        Map<String, String> belowFullMarks = decisionFramework
                ? Map.of("1.1.3", "4.50", "1.2.1", "4.00", "2.7.3", "1.50", "3.2.2", "3.00")
                : Map.of("1.1.3", "4.00", "2.1.4", "4.50", "2.2.3", "2.50", "2.3.2", "2.70", "3.1.2", "4.50");
        qualitativeLeaves(document.get("indicators")).forEach(leaf -> {
            String code = leaf.get("code").asText();
            BigDecimal weight = leaf.get("weight").decimalValue();
            BigDecimal score = new BigDecimal(belowFullMarks.getOrDefault(code, weight.toPlainString()));
            String level = score.compareTo(weight.multiply(new BigDecimal("0.8"))) >= 0 ? "achieved" : "partly-achieved";
            Api.department(agency).body(Map.of("level", level, "score", score, "reason", "自评说明",
                            "evidence", List.of(Map.of("title", "自评佐证材料", "reference", "2023 年度资料"))))
                    .put(base + "/self-assessments/" + code).then().statusCode(200);
        });
    }

    private static Map<String, Object> target(String name, String category, String target, String actual) {
        return Map.of("name", name, "category", category, "subcategory", "数量", "direction", "at-least",
                "targetValue", new BigDecimal(target), "actualValue", new BigDecimal(actual), "unit", "项");
    }

    private static Stream<JsonNode> qualitativeLeaves(JsonNode indicators) {
        return StreamSupport.stream(indicators.spliterator(), false).flatMap(indicator -> indicator.has("children")
                ? qualitativeLeaves(indicator.get("children"))
                : Stream.of(indicator).filter(leaf -> "qualitative".equals(leaf.at("/rule/kind").asText())));
    }

    private static JsonNode scores(String path) {
        return read(Api.bureau().get(path).then().statusCode(200).extract().asString());
    }

    /** The indicator with this code anywhere in a score tree. */
    private static JsonNode indicator(JsonNode indicators, String code) {
        for (JsonNode indicator : indicators) {
            if (code.equals(indicator.get("code").asText())) {
                return indicator;
            }
            if (code.startsWith(indicator.get("code").asText() + ".")) {
                return indicator(indicator.get("children"), code);
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static ObjectNode example(String file) {
        try (InputStream in = ExampleFrameworksApiTest.class.getClassLoader()
                .getResourceAsStream("frameworks/" + file)) {
            return (ObjectNode) read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
