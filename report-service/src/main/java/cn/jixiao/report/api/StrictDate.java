package cn.jixiao.report.api;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A date in a request body: exactly a {@code "YYYY-MM-DD"} string of a real calendar day. Numbers (epoch days),
 * arrays ({@code [2024,8,23]}), other separators, expanded years ({@code +99999-01-01}) and impossible days
 * ({@code 2023-02-30}) are refused as the wrong type or format.
 */
public class StrictDate extends StdScalarDeserializer<LocalDate> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public StrictDate() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        if (FORMAT.matcher(text).matches()) {
            try {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                        Integer.parseInt(text.substring(8, 10)));
            } catch (DateTimeException e) {
                // an impossible day: refused below
            }
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a YYYY-MM-DD calendar date");
    }
}
