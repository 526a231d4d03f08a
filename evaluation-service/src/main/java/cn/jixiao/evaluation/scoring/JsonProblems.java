package cn.jixiao.evaluation.scoring;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.evaluation.scoring.ValidationError.Code;

/** Turns what Jackson refuses into a {@link ValidationError} with the document path and a Chinese message. */
final class JsonProblems {

    private static final String RULE_KINDS = Arrays.stream(Rule.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name)
            .collect(Collectors.joining("、"));

    private JsonProblems() {
    }

    static ValidationError describe(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException unknownKind) {
            String path = path(unknownKind.getPath()) + ".kind";
            return unknownKind.getTypeId() == null
                    ? new ValidationError(path, Code.REQUIRED, "缺少评分规则类型 kind（可选 " + RULE_KINDS + "）")
                    : new ValidationError(path, Code.UNKNOWN_RULE_KIND,
                            "未知的评分规则类型“" + unknownKind.getTypeId() + "”（可选 " + RULE_KINDS + "）");
        }
        if (e instanceof UnrecognizedPropertyException unknownField) {
            return new ValidationError(path(unknownField.getPath()), Code.UNKNOWN_FIELD,
                    "未知字段“" + unknownField.getPropertyName() + "”");
        }
        if (e instanceof InvalidFormatException badValue) {
            return new ValidationError(path(badValue.getPath()), Code.INVALID_VALUE,
                    "取值“" + badValue.getValue() + "”无效" + choices(badValue.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping.getPath().isEmpty()
                    ? new ValidationError("", Code.MALFORMED, "文档应为一个指标体系 JSON 对象")
                    : new ValidationError(path(mapping.getPath()), Code.INVALID_VALUE, "取值无效或类型不符");
        }
        JsonLocation at = e.getLocation();
        return new ValidationError("", Code.MALFORMED, at == null
                ? "不是有效的 JSON"
                : "不是有效的 JSON（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）");
    }

    /** For an enum such as a rule's direction: （可选 higher-better、lower-better）. */
    private static String choices(Class<?> type) {
        if (!type.isEnum()) {
            return "";
        }
        return Arrays.stream(type.getFields())
                .filter(Field::isEnumConstant)
                .map(field -> field.getAnnotation(JsonProperty.class))
                .filter(Objects::nonNull)
                .map(JsonProperty::value)
                .collect(Collectors.joining("、", "（可选 ", "）"));
    }

    /** indicators[1].children[0].weight */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
