package cn.jixiao.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The files of docs/contracts as a test sees them: read from the test classpath (the parent pom puts them under
 * {@code contracts/}), and rewritten in docs/contracts itself when the tests run with
 * {@code -Djixiao.contracts.record=true}.
 */
public final class ContractFiles {

    public static final String RECORD_PROPERTY = "jixiao.contracts.record";
    private static final String DIRECTORY_PROPERTY = "jixiao.contracts.dir";
    private static final String CLASSPATH_ROOT = "contracts/";

    /** Numbers stay exact decimals, so that 98000.00 is compared and checked against multipleOf as written. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ContractFiles() {
    }

    /** A contract file by its path under docs/contracts, e.g. {@code samples/budget.ledger.v1/PaymentRecorded.json}. */
    public static String text(String path) {
        return resource(CLASSPATH_ROOT, path);
    }

    /** A file the parent pom put on the test classpath under {@code root}. */
    static String resource(String root, String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no file " + path + " on the test classpath under " + root);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String path) {
        return parse(text(path));
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** A mapper that keeps decimals exact and writes them plainly, for tests that build documents from samples. */
    public static ObjectMapper mapper() {
        return JSON.copy();
    }

    public static boolean recording() {
        return Boolean.getBoolean(RECORD_PROPERTY);
    }

    /** Writes the document to docs/contracts/{@code path}, indented, as the committed files are. */
    public static void record(String path, JsonNode content) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null) {
            throw new IllegalStateException(DIRECTORY_PROPERTY + " is not set: run the tests through Maven to record");
        }
        Path file = Path.of(directory).resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writer(prettyPrinter()).writeValueAsString(content) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the document, or asserts that the committed one equals it. */
    public static void assertUpToDate(String path, JsonNode actual) {
        if (recording()) {
            record(path, actual);
        } else if (!read(path).equals(actual)) {
            throw new AssertionError("docs/contracts/" + path + " is out of date; re-record it with -D"
                    + RECORD_PROPERTY + "=true");
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    }
}
