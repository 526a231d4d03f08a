package cn.jixiao.evaluation.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads framework documents (JSON) into validated {@link Framework}s. */
public final class FrameworkDocuments {

    /**
     * The framework used when a region has not published its own: the sample report's tree. Its 支出完成率 is scored
     * on the execution rate alone, not as the better of it and 结转结余率: measured on the adjusted budget the two are
     * complements (95.33% spent is 4.67% carried over), so 择其一 would only reward whichever rule is more lenient.
     */
    public static final String DEFAULT_RESOURCE = "/frameworks/county-department-overall-default.json";

    /** Strict like the service's API: unknown fields, duplicate keys, fractional months and trailing text are refused. */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .readerFor(Framework.class);

    private FrameworkDocuments() {
    }

    /** Parses and validates a document; bad input gives errors, never an exception. */
    public static FrameworkParseResult parse(String json) {
        Framework framework;
        try {
            framework = READER.readValue(json);
        } catch (JsonProcessingException e) {
            return FrameworkParseResult.invalid(List.of(JsonProblems.describe(e)));
        }
        if (framework == null) {
            return FrameworkParseResult.invalid(List.of(new ValidationError("", ValidationError.Code.MALFORMED,
                    "文档为空")));
        }
        List<ValidationError> errors = FrameworkValidator.validate(framework);
        return errors.isEmpty() ? FrameworkParseResult.valid(framework) : FrameworkParseResult.invalid(errors);
    }

    /** The shipped default framework, see {@link #DEFAULT_RESOURCE}. */
    public static Framework defaultFramework() {
        try (InputStream in = FrameworkDocuments.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("找不到默认指标体系 " + DEFAULT_RESOURCE);
            }
            FrameworkParseResult result = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!result.valid()) {
                throw new IllegalStateException("默认指标体系无效：" + result.errors());
            }
            return result.framework();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
