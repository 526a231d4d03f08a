package cn.jixiao.report.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * budget-service and evaluation-service as their recorded answers (src/test/resources/recorded, README there), served
 * by WireMock in the test JVM on a free port that both rest clients are configured to: their paths do not overlap.
 * A path without a recording is answered 404, as the services answer an agency-year they know nothing of. Tests get
 * the server with {@link InjectSources} to check what the sources were asked or to make one fail, and call
 * {@link #replay} when done.
 */
public class RecordedSources implements QuarkusTestResourceLifecycleManager {

    private static final String NOT_FOUND = "{\"type\":\"urn:jixiao:problem:not-found\",\"title\":\"资源不存在\","
            + "\"status\":404}";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        replay(server);
        return Map.of(
                "quarkus.rest-client.budget-service.url", server.baseUrl(),
                "quarkus.rest-client.evaluation-service.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectSources.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Forgets every stub and request of a test: the recorded answers again, nothing received. */
    public static void replay(WireMockServer server) {
        server.resetAll();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(NOT_FOUND)));
        for (Path file : recordings()) {
            server.stubFor(get(urlPathEqualTo(requestPath(file))).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(read(file))));
        }
    }

    /** The recorded answer to a request path, e.g. to serve it changed. */
    public static String recorded(String service, String path) {
        return read(root().resolve(service + path + ".json"));
    }

    private static List<Path> recordings() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(file -> file.toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** recorded/budget-service/api/v1/… .json → /api/v1/… */
    private static String requestPath(Path file) {
        Path relative = root().relativize(file);
        String path = "/" + relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
        return path.substring(0, path.length() - ".json".length());
    }

    private static Path root() {
        try {
            return Path.of(RecordedSources.class.getResource("/recorded").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
