package cn.jixiao.contracts;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The field paths of a JSON document with the JSON type found at each, to compare an emitted document with its
 * recorded sample: ids, times and amounts may differ, fields and types may not. A field that is null on one side only
 * is no difference (whether it may be null is the schema's business).
 */
public final class JsonShape {

    private static final String NULL = "null";

    private JsonShape() {
    }

    /** Path ({@code data.xpayAmt}, {@code items[].code}) to JSON type ({@code string}, {@code integer}, …). */
    public static Map<String, String> of(JsonNode document) {
        Map<String, String> shape = new TreeMap<>();
        collect("", document, shape);
        return shape;
    }

    /**
     * Records the document as the sample at {@code samplePath} (docs/contracts), or asserts that it has the committed
     * sample's shape.
     */
    public static void assertMatchesSample(String samplePath, JsonNode actual) {
        if (ContractFiles.recording()) {
            ContractFiles.record(samplePath, actual);
            return;
        }
        Set<String> differences = differences(of(ContractFiles.read(samplePath)), of(actual));
        if (!differences.isEmpty()) {
            throw new AssertionError("differs from the recorded sample docs/contracts/" + samplePath + " in "
                    + differences + " (re-record with -D" + ContractFiles.RECORD_PROPERTY + "=true if intended)\n"
                    + actual);
        }
    }

    static Set<String> differences(Map<String, String> expected, Map<String, String> actual) {
        Set<String> differences = new TreeSet<>();
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            String want = expected.get(path);
            String got = actual.get(path);
            if (want == null || got == null) {
                differences.add(path + (want == null ? " not in the sample" : " missing"));
            } else if (!want.equals(got) && !want.equals(NULL) && !got.equals(NULL)) {
                differences.add(path + ": " + got + " instead of " + want);
            }
        }
        return differences;
    }

    private static void collect(String path, JsonNode node, Map<String, String> shape) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path.isEmpty() ? field.getKey()
                    : path + "." + field.getKey(), field.getValue(), shape));
        } else if (node.isArray()) {
            shape.put(path, "array");
            node.forEach(element -> collect(path + "[]", element, shape));
        } else {
            shape.merge(path, type(node), (a, b) -> a.equals(b) || b.equals(NULL) ? a : a.equals(NULL) ? b : a + "|" + b);
        }
    }

    private static String type(JsonNode value) {
        if (value.isNull()) {
            return NULL;
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isBoolean() ? "boolean" : "string";
    }
}
