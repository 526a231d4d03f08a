package cn.jixiao.evaluation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A real browser signs in with the token link and sees the API's figures; the page is also captured as a PNG. */
@QuarkusTest
class BrowserPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    @TestHTTPResource("/")
    URI base;

    @Test
    void chromiumShowsTheApiFigures() throws Exception {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available) {
            System.out.println("BrowserPageTest skipped: no executable " + CHROMIUM);
        }
        Assumptions.assumeTrue(available, "no executable " + CHROMIUM);

        String region = PageFixture.newCode("7", 5);
        String agency = PageFixture.newCode("B", 9);
        PageFixture.agency(agency, "大埔县浏览器测试中心", region, 2);
        PageFixture.departmentInputs(agency);
        JsonNode api = PageFixture.scores(agency);
        JsonNode summary = PageFixture.summary(region, agency);
        String page = "/pages/agencies/" + agency + "/years/2023";
        URI login = base.resolve("/pages/login?token=" + PageFixture.department(agency) + "&next="
                + URLEncoder.encode(page, StandardCharsets.UTF_8));

        PageHtml dom = new PageHtml(chromium(login, "--dump-dom"));
        assertEquals(api.get("total").decimalValue().setScale(2).toPlainString(), dom.byId("total"));
        assertEquals(api.get("grade").asText(), dom.byId("grade"));
        assertEquals(summary.get("executionRate").decimalValue().setScale(2).toPlainString() + "%",
                dom.byId("execution-rate"));
        assertEquals(PageHtml.apiScores(api), dom.indicatorScores());

        assertScreenshot(login, "score-page.png");
        assertScreenshot(base.resolve("/pages/login?token=" + PageFixture.BUREAU + "&next="
                + URLEncoder.encode("/pages/years/2023/regions/" + region, StandardCharsets.UTF_8)),
                "region-overview.png");
    }

    private static void assertScreenshot(URI url, String name) throws IOException, InterruptedException {
        Path screenshot = Path.of("target", "screenshots", name).toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        chromium(url, "--screenshot=" + screenshot, "--window-size=1200,1600");
        assertTrue(Files.size(screenshot) > 20_000, "a rendered page, not a blank one: " + Files.size(screenshot));
    }

    /** Runs headless Chromium on the URL with a profile of its own; returns what it printed on stdout. */
    private static String chromium(URI url, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(action));
        command.add(url.toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(err));
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + readQuietly(err));
        return Files.readString(out);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
