package cn.jixiao.platform.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.jixiao.platform.json.ForbiddenCharacterException;

/**
 * Describes an unreadable request body in Chinese: what is wrong ({@link ErrorCodes}), where (batch item index and
 * field path) and a title. The parser's own English messages are never passed on.
 */
final class JsonProblems {

    /** The body's problem: title, detail and the one error. */
    record Unreadable(String title, String detail, FieldError error) {
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private JsonProblems() {
    }

    static Unreadable describe(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Unreadable known = known(t);
            if (known != null) {
                return known;
            }
        }
        String location = e.getLocation() == null ? ""
                : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
        return new Unreadable("请求体不是合法的 JSON", "请求体不是合法的 JSON" + location + "，未保存任何数据。",
                new FieldError(null, ErrorCodes.MALFORMED, "JSON 语法错误" + location));
    }

    private static Unreadable known(Throwable t) {
        if (t instanceof UnrecognizedPropertyException unknown) {
            Position at = Position.of(unknown);
            return new Unreadable("请求体包含未知字段",
                    "请求体包含未知字段 " + unknown.getPropertyName() + "，未保存任何数据。",
                    at.error(ErrorCodes.UNKNOWN_FIELD, "未知字段 " + unknown.getPropertyName() + "，请按接口文档检查字段名"));
        }
        if (t instanceof JsonProcessingException json && json.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(json.getOriginalMessage());
            if (duplicate.find()) {
                String name = duplicate.group(1);
                Position at = Position.ofParser(json, name);
                return new Unreadable("请求体包含重复的字段", "请求体中字段 " + name + " 出现了不止一次，未保存任何数据。",
                        at.error(ErrorCodes.DUPLICATE_FIELD, "同一对象中字段重复出现，每个字段只能出现一次"));
            }
        }
        if (t instanceof ForbiddenCharacterException forbidden) {
            Position at = Position.of(forbidden);
            return new Unreadable("请求体含有不允许的字符", at.subjectBefore("含有不允许的字符，未保存任何数据。"),
                    at.error(ErrorCodes.INVALID_CHARACTER, String.format(
                            "含有不允许的字符 U+%04X（NUL 等控制字符或不成对的代理字符）", forbidden.codePoint())));
        }
        if (t instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            Position at = Position.of(mapping);
            return wrongValue(at, ErrorCodes.OUT_OF_RANGE, "数值超出允许范围");
        }
        if (t instanceof InputCoercionException) {
            return wrongValue(new Position(null, null), ErrorCodes.OUT_OF_RANGE, "数值超出允许范围");
        }
        if (t instanceof StreamConstraintsException) {
            return new Unreadable("请求体过于复杂", "请求体嵌套过深，或数值、文本过长，未保存任何数据。",
                    new FieldError(null, ErrorCodes.TOO_LARGE, "请求体嵌套过深，或数值、文本过长"));
        }
        if (t instanceof MismatchedInputException mismatch) {
            Position at = Position.of(mismatch);
            if (at.isBody()) {
                return wrongValue(at, ErrorCodes.INVALID_TYPE, "请求体应为接口文档所示的 JSON 对象");
            }
            return wrongValue(at, ErrorCodes.INVALID_TYPE, "类型或格式不正确" + expected(mismatch.getTargetType()));
        }
        return null;
    }

    private static Unreadable wrongValue(Position at, String code, String message) {
        return new Unreadable("请求体格式不正确", at.subjectBefore("的类型或格式不正确，未保存任何数据。"),
                at.error(code, message));
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "，应为整数（不带小数、不加引号）";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "，应为数字（不加引号）";
        }
        if (target == String.class) {
            return "，应为字符串";
        }
        if (target == LocalDate.class) {
            return "，应为日期字符串 YYYY-MM-DD";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "，应为 true 或 false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "，应为数组";
        }
        return "，应为 JSON 对象";
    }

    /**
     * Where a value sits: a leading {@code items[n]} (the batch convention) becomes the index, the rest the field
     * path, e.g. {@code items[3].amount} → index 3, field {@code amount}; {@code targets[1].unit} stays as it is.
     */
    private record Position(Integer index, String field) {

        static Position of(JsonMappingException e) {
            List<Object> steps = new ArrayList<>();
            for (JsonMappingException.Reference ref : e.getPath()) {
                steps.add(ref.getFieldName() != null ? ref.getFieldName() : Integer.valueOf(Math.max(ref.getIndex(), 0)));
            }
            return of(steps);
        }

        /** The position of key {@code name} in the object the parser was reading when it stopped. */
        static Position ofParser(JsonProcessingException e, String name) {
            List<Object> steps = new ArrayList<>();
            if (e.getProcessor() instanceof JsonParser parser) {
                for (JsonStreamContext c = parser.getParsingContext().getParent(); c != null && !c.inRoot();
                        c = c.getParent()) {
                    steps.add(0, c.inArray() ? Integer.valueOf(Math.max(c.getCurrentIndex(), 0)) : c.getCurrentName());
                }
            }
            steps.add(name);
            return of(steps);
        }

        private static Position of(List<Object> steps) {
            Integer index = null;
            int from = 0;
            if (steps.size() >= 2 && "items".equals(steps.get(0)) && steps.get(1) instanceof Integer n) {
                index = n;
                from = 2;
            }
            StringBuilder path = new StringBuilder();
            for (Object step : steps.subList(from, steps.size())) {
                if (step instanceof Integer n) {
                    path.append('[').append(n).append(']');
                } else if (step != null) {
                    path.append(path.isEmpty() ? "" : ".").append(step);
                }
            }
            return new Position(index, path.isEmpty() ? null : path.toString());
        }

        boolean isBody() {
            return index == null && field == null;
        }

        String subject() {
            String item = index == null ? "" : "第 " + index + " 项的";
            return field == null ? (index == null ? "请求体" : "第 " + index + " 项") : item + "字段 " + field;
        }

        /** The subject followed by {@code text}, spaced only after a field name (Latin), as Chinese text is. */
        String subjectBefore(String text) {
            return subject() + (field == null ? "" : " ") + text;
        }

        FieldError error(String code, String message) {
            return new FieldError(index, field, code, (field == null ? "" : field + "：") + message);
        }
    }
}
