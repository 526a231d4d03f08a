package cn.jixiao.evaluation.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import cn.jixiao.platform.json.CheckedText;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON mapper of the REST API (request and response bodies), stricter than the application's shared mapper, which
 * the ledger consumer and the stored score cards keep using unchanged:
 * <ul>
 * <li>a duplicated key, trailing text after the document, an unknown field are refused;</li>
 * <li>integers are integers ({@code 123.456} is not 123), numbers are numbers ({@code "12"} is not 12), strings are
 * strings ({@code 12} and {@code true} are not "12" and "true"), booleans are booleans;</li>
 * <li>a string holding NUL or another control character (tab, line feed and carriage return excepted) or an unpaired
 * surrogate is refused.</li>
 * </ul>
 * Each refusal is a Jackson exception that the platform's problem mappers answer with a 400 problem naming the field.
 */
@Provider
@Singleton
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    StrictJson(ObjectMapper shared) {
        ObjectMapper strict = shared.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.getFactory().disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("jixiao-text-rules").addDeserializer(String.class, new CheckedText()));
        this.mapper = strict;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
