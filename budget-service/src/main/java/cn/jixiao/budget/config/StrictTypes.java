package cn.jixiao.budget.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import cn.jixiao.platform.json.ForbiddenCharacterException;
import cn.jixiao.platform.json.TextCharacters;

/**
 * The JSON types of request fields, taken literally (docs/api.md): money is a JSON number, text is a JSON string, a
 * date is a {@code "YYYY-MM-DD"} string and an integer is a JSON integer within 32 bits. Nothing is coerced: no number
 * as text, no text as number, no day count as date. Text may hold only what {@link TextCharacters} allows in
 * multi-line text.
 */
public final class StrictTypes {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictTypes() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("jixiao-strict-types");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(BigDecimal.class, new Money());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(Integer.class, new WholeNumber());
        return module;
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            int at = TextCharacters.firstForbidden(text, true);
            if (at >= 0) {
                throw new ForbiddenCharacterException(p, text.charAt(at));
            }
            return text;
        }
    }

    static final class Money extends StdScalarDeserializer<BigDecimal> {
        Money() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getDecimalValue();
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
        }
    }

    static final class WholeNumber extends StdScalarDeserializer<Integer> {
        WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "beyond 32 bits");
            }
            return p.getIntValue();
        }
    }
}
