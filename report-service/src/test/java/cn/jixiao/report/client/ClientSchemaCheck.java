package cn.jixiao.report.client;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Checks a REST client against its producer's OpenAPI document: for every {@code @GET} method, each component of the
 * record it reads (through nested records and lists) must be a property of the answer's schema, with a JSON type the
 * Java type can hold.
 */
final class ClientSchemaCheck {

    /** Java type → the OpenAPI type it can read, and the formats it can hold (none named: any). */
    private static final Map<Class<?>, Readable> SCALARS = Map.ofEntries(
            Map.entry(String.class, new Readable("string")),
            Map.entry(BigDecimal.class, new Readable("number")),
            Map.entry(int.class, new Readable("integer", "int32")),
            Map.entry(Integer.class, new Readable("integer", "int32")),
            Map.entry(long.class, new Readable("integer", "int32", "int64")),
            Map.entry(Long.class, new Readable("integer", "int32", "int64")),
            Map.entry(boolean.class, new Readable("boolean")),
            Map.entry(Boolean.class, new Readable("boolean")),
            Map.entry(Instant.class, new Readable("string", "date-time")),
            Map.entry(LocalDate.class, new Readable("string", "date")));

    private final OpenApiDocument document;
    private final List<String> mismatches = new ArrayList<>();
    private final Set<Visit> visited = new HashSet<>();

    private ClientSchemaCheck(OpenApiDocument document) {
        this.document = document;
    }

    /** What the client reads that the document does not promise; empty when none. */
    static List<String> mismatches(Class<?> client, OpenApiDocument document) {
        ClientSchemaCheck check = new ClientSchemaCheck(document);
        String base = client.getAnnotation(Path.class).value();
        for (Method method : client.getMethods()) {
            if (method.isAnnotationPresent(GET.class)) {
                Path path = method.getAnnotation(Path.class);
                JsonNode answer = document.okResponse("get", path == null ? base : base + path.value());
                check.compare(method.getName(), method.getGenericReturnType(), answer);
            }
        }
        return check.mismatches;
    }

    /** The mismatches of one type against one schema, for testing the check itself. */
    static List<String> mismatches(Type type, JsonNode schema, OpenApiDocument document) {
        ClientSchemaCheck check = new ClientSchemaCheck(document);
        check.compare("", type, schema);
        return check.mismatches;
    }

    private void compare(String where, Type type, JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (visited.add(new Visit(raw, resolved))) {
                compareRecord(where, raw, resolved);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expectType(where, resolved, "array")) {
                compare(where + "[]", ((ParameterizedType) type).getActualTypeArguments()[0], resolved.path("items"));
            }
        } else if (raw.isEnum()) {
            expectType(where, resolved, "string");
        } else {
            compareScalar(where, raw, resolved);
        }
    }

    private void compareRecord(String where, Class<?> record, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            String at = where + "." + component.getName();
            JsonNode property = properties.path(component.getName());
            if (property.isMissingNode()) {
                mismatches.add(at + ": not in the producer's schema");
            } else {
                compare(at, component.getGenericType(), property);
            }
        }
    }

    private void compareScalar(String where, Class<?> type, JsonNode schema) {
        Readable readable = SCALARS.get(type);
        if (readable == null) {
            mismatches.add(where + ": " + type.getName() + " is not a type this check knows");
            return;
        }
        String format = schema.path("format").asText("");
        if (expectType(where, schema, readable.type()) && !readable.formats().isEmpty()
                && !readable.formats().contains(format)) {
            mismatches.add(where + ": " + type.getSimpleName() + " cannot hold "
                    + (format.isEmpty() ? "an integer of no stated format" : format));
        }
    }

    private boolean expectType(String where, JsonNode schema, String expected) {
        String actual = schema.path("type").asText("");
        boolean compatible = actual.equals(expected) || expected.equals("number") && actual.equals("integer");
        if (!compatible) {
            mismatches.add(where + ": the producer says " + (actual.isEmpty() ? "no type" : actual) + ", the client reads "
                    + expected);
        }
        return compatible;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private record Readable(String type, Set<String> formats) {

        Readable(String type, String... formats) {
            this(type, Set.of(formats));
        }
    }

    private record Visit(Class<?> type, JsonNode schema) {
    }
}
