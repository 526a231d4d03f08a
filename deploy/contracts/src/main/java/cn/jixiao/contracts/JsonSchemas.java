package cn.jixiao.contracts;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates documents against the JSON Schemas (draft 2020-12) of docs/contracts. A schema's {@code $id} is
 * {@value #ID_PREFIX} followed by its path there, so relative {@code $ref}s between the files resolve on the test
 * classpath; {@code format} is asserted, not only annotated.
 */
public final class JsonSchemas {

    static final String ID_PREFIX = "https://jixiao.cn/contracts/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(iri -> iri.startsWith(ID_PREFIX) ? ContractFiles.text(iri.substring(ID_PREFIX.length()))
                            : null));

    private JsonSchemas() {
    }

    /** What is wrong with the document, empty when it conforms to the schema at {@code schemaPath}. */
    public static List<String> violations(String schemaPath, JsonNode document) {
        return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + schemaPath)).validate(document).stream()
                .map(Error::toString).toList();
    }

    public static void assertValid(String schemaPath, JsonNode document) {
        List<String> violations = violations(schemaPath, document);
        if (!violations.isEmpty()) {
            throw new AssertionError("does not conform to " + schemaPath + ": " + violations + "\n" + document);
        }
    }
}
