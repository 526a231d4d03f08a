package cn.jixiao.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Jackson's own string reading (with the mapper's coercion settings), then {@link TextCharacters} for multi-line text:
 * a string holding a forbidden character fails with {@link ForbiddenCharacterException}, naming the field.
 */
public class CheckedText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        int at = TextCharacters.firstForbidden(value, true);
        if (at >= 0) {
            throw new ForbiddenCharacterException(p, value.charAt(at));
        }
        return value;
    }
}
