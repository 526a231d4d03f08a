package cn.jixiao.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers of budget-service and evaluation-service that report-service's tests replay (files under
 * {@code report-service/src/test/resources/recorded}, named by service and request path). Compares each with what the
 * real service answers now, or records it again. Only {@code asOf} (when and at which ledger sequence the figures were
 * computed) may differ between runs.
 */
final class SourceRecordings {

    /** Amounts kept exactly as the services wrote them, e.g. 19242800.00 rather than 1.92428E7. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final Path directory;
    private final HttpClient http;

    SourceRecordings(Path directory, HttpClient http) {
        this.directory = directory;
        this.http = http;
    }

    /**
     * Fetches every path with the token from the service of its file and returns the paths whose recorded answer
     * differs; with {@code record}, writes the current answers instead and returns none.
     */
    List<String> compare(Map<String, String> serviceUrls, List<String> recordedPaths, String token, boolean record)
            throws IOException, InterruptedException {
        List<String> differences = new ArrayList<>();
        for (String recorded : recordedPaths) {
            String service = recorded.substring(0, recorded.indexOf('/'));
            String path = recorded.substring(service.length());
            HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrls.get(service) + path))
                    .header("Authorization", "Bearer " + token).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(recorded + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode current = JSON.readTree(response.body());
            Path file = directory.resolve(recorded + ".json");
            if (record) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writeValueAsString(current) + "\n");
            } else if (!withoutAsOf(JSON.readTree(file.toFile())).equals(withoutAsOf(current))) {
                differences.add(recorded);
            }
        }
        return differences;
    }

    private static JsonNode withoutAsOf(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("asOf");
        return copy;
    }
}
