package cn.jixiao.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import cn.jixiao.platform.json.CheckedText;

/** Bodies that cannot be read, and the one error each gets: code, batch index, field path, a Chinese message. */
class JsonProblemsTest {

    record Item(String name, BigDecimal amount, Integer year, List<Item> parts) {
    }

    record Batch(List<Item> items) {
    }

    private static final ObjectMapper STRICT = strict();

    /** Strict the way the services' mappers are: no coercion between JSON types, no NUL in text. */
    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
            .registerModule(new SimpleModule().addDeserializer(String.class, new CheckedText()));
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "{\"items\":[{\"name\":\"a\"},{\"nmae\":\"b\"}]}                     | UNKNOWN_FIELD     | 1 | nmae",
        "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\",\"name\":\"c\"}]}       | DUPLICATE_FIELD   | 1 | name",
        "{\"items\":[{},{},{\"amount\":\"12.50\"}]}                           | INVALID_TYPE      | 2 | amount",
        "{\"items\":[{\"parts\":[{},{\"year\":2023.5}]}]}                     | INVALID_TYPE      | 0 | parts[1].year",
        "{\"items\":[{\"year\":99999999999}]}                                 | OUT_OF_RANGE      | 0 | year",
        "{\"items\":[{\"name\":\"a\\u0000b\"}]}                               | INVALID_CHARACTER | 0 | name",
        "{\"items\":{}}                                                         | INVALID_TYPE      | - | items",
        "[1,2]                                                                  | INVALID_TYPE      | - | -",
        "{\"items\":[{\"name\":\"a\"}] x                                        | MALFORMED         | - | -",
    })
    void batchBodies(String body, String code, Integer index, String field) {
        FieldError error = describe(body, Batch.class).error();
        assertEquals(code, error.code());
        assertEquals(index, error.index());
        assertEquals(field, error.field());
        assertTrue(error.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "a Chinese message: " + error.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "{\"parts\":[{\"name\":\"x\",\"name\":\"y\"}]}     | DUPLICATE_FIELD | parts[0].name",
        "{\"items2\":1}                                    | UNKNOWN_FIELD   | items2",
        "{\"name\":12}                                     | INVALID_TYPE    | name",
    })
    void singleBodiesHaveNoIndex(String body, String code, String field) {
        FieldError error = describe(body, Item.class).error();
        assertEquals(code, error.code());
        assertEquals(null, error.index());
        assertEquals(field, error.field());
    }

    /** A space separates a field name from the Chinese after it, and nothing else does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[1,2]                                       | 请求体的类型或格式不正确，未保存任何数据。",
        "{\"items\":[{},{\"amount\":\"12.50\"}]}   | 第 1 项的字段 amount 的类型或格式不正确，未保存任何数据。",
        "{\"items\":[{\"name\":\"a\\u0000b\"}]}   | 第 0 项的字段 name 含有不允许的字符，未保存任何数据。",
    })
    void detailsReadAsChineseSentences(String body, String detail) {
        assertEquals(detail, describe(body, Batch.class).detail());
    }

    @Test
    void theParsersEnglishNeverReachesTheCaller() {
        JsonProblems.Unreadable unreadable = describe("{\"name\": tru", Item.class);
        assertEquals(ErrorCodes.MALFORMED, unreadable.error().code());
        assertFalse(unreadable.detail().contains("Unrecognized"), unreadable.detail());
        assertTrue(unreadable.detail().contains("第 1 行"), unreadable.detail());
    }

    private static JsonProblems.Unreadable describe(String body, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> STRICT.readValue(body, type));
        return JsonProblems.describe(e);
    }
}
