package cn.jixiao.report.client;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.contracts.ContractFiles;

/** A producer's OpenAPI document committed in docs/contracts/openapi, as far as a client reads it. */
final class OpenApiDocument {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final String name;
    private final JsonNode document;

    OpenApiDocument(String name) {
        this.name = name;
        this.document = ContractFiles.read("openapi/" + name);
    }

    /** The schema of the operation's 200 application/json answer. */
    JsonNode okResponse(String method, String path) {
        JsonNode schema = document.path("paths").path(path).path(method).path("responses").path("200")
                .path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(name + " has no " + method.toUpperCase() + " " + path + " answering 200 JSON");
        }
        return schema;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (ref.isMissingNode()) {
            return schema;
        }
        JsonNode component = document.path("components").path("schemas")
                .path(ref.asText().substring(COMPONENT_PREFIX.length()));
        if (component.isMissingNode()) {
            throw new AssertionError(name + " has no component " + ref.asText());
        }
        return resolve(component);
    }
}
