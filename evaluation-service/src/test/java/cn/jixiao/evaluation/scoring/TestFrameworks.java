package cn.jixiao.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A small valid framework using every rule kind, ways to break it, and measure values for tests. */
final class TestFrameworks {

    static final String BASE = """
            {
              "id": "test", "version": "1", "name": "测试指标体系", "mofDivCode": "441422", "fiscalYear": 2023,
              "grades": [
                { "grade": "优", "minScore": 90 }, { "grade": "良", "minScore": 80 },
                { "grade": "中", "minScore": 60 }, { "grade": "差", "minScore": 0 }
              ],
              "indicators": [
                { "code": "1", "name": "预算执行", "weight": 60, "children": [
                  { "code": "1.1", "name": "支出完成率", "weight": 40,
                    "rule": { "kind": "proportional", "measure": "execution-rate", "direction": "higher-better", "target": 100 } },
                  { "code": "1.2", "name": "执行进度", "weight": 20,
                    "rule": { "kind": "milestones", "measure": "monthly-execution", "deductionPerPercent": 0.1,
                              "milestones": [ { "month": 6, "targetRate": 50, "points": 10 },
                                              { "month": 12, "targetRate": 95, "points": 10 } ] } }
                ] },
                { "code": "2", "name": "预算使用效益", "weight": 40, "children": [
                  { "code": "2.1", "name": "满意度", "weight": 20,
                    "rule": { "kind": "bands", "measure": "satisfaction-rate",
                              "bands": [ { "min": 90, "fraction": 1 }, { "min": 80, "fraction": 0.8 } ] } },
                  { "code": "2.2", "name": "支出完成率或结转结余率", "weight": 10,
                    "rule": { "kind": "better-of", "rules": [
                      { "kind": "proportional", "measure": "execution-rate", "direction": "higher-better", "target": 100 },
                      { "kind": "deduction", "measure": "carry-over-rate", "direction": "at-most", "threshold": 5, "pointsPerPercent": 1 }
                    ] } },
                  { "code": "2.3", "name": "财务管理合规性", "weight": 10, "rule": { "kind": "qualitative" } }
                ] }
              ]
            }
            """;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TestFrameworks() {
    }

    static Framework base() {
        return parseValid(BASE);
    }

    static Framework parseValid(String json) {
        FrameworkParseResult result = FrameworkDocuments.parse(json);
        if (!result.valid()) {
            throw new AssertionError(result.errors().toString());
        }
        return result.framework();
    }

    /** A framework shipped in {@code src/main/resources/frameworks/}, parsed and validated. */
    static Framework shipped(String file) {
        try (InputStream in = TestFrameworks.class.getResourceAsStream("/frameworks/" + file)) {
            return parseValid(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the top-level indicators' names and scores, the total and the grade of a card. */
    static void assertTopLevel(ScoreCard card, List<String> names, List<String> scores, String total, String grade) {
        assertAll(
                () -> assertEquals(names, card.tree().stream().map(ScoredIndicator::name).toList()),
                () -> assertEquals(scores.stream().map(BigDecimal::new).toList(),
                        card.tree().stream().map(ScoredIndicator::score).toList()),
                () -> assertEquals(new BigDecimal(total), card.total()),
                () -> assertEquals(grade, card.grade()));
    }

    /** The base document after an edit, as JSON text. */
    static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(BASE);
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the value at a JSON pointer (e.g. /indicators/0/weight) to a JSON literal; an index one past the end appends. */
    static Consumer<ObjectNode> set(String pointer, String json) {
        return root -> {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = root.at(at.head());
            JsonNode value = readTree(json);
            if (parent instanceof ArrayNode array) {
                int index = at.last().getMatchingIndex();
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
            }
        };
    }

    static Consumer<ObjectNode> remove(String pointer) {
        return root -> {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = root.at(at.head());
            if (parent instanceof ArrayNode array) {
                array.remove(at.last().getMatchingIndex());
            } else {
                ((ObjectNode) parent).remove(at.last().getMatchingProperty());
            }
        };
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A leaf with this weight and rule, to apply a rule on its own. */
    static Indicator leaf(String weight, Rule rule) {
        return new Indicator("9.9", "测试指标", new BigDecimal(weight), List.of(), rule, null, null, null);
    }

    /** Measure values with one rate; a blank value means the measure is missing. */
    static MeasureValues rate(Measure measure, String value) {
        Map<Measure, BigDecimal> rates = new HashMap<>();
        rates.put(measure, blank(value) ? null : new BigDecimal(value));
        return new MeasureValues(rates, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
