package cn.jixiao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.benchmarks.Bench;
import cn.jixiao.benchmarks.Options;
import cn.jixiao.localstack.DemoLoader;
import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.PostgresServer;
import cn.jixiao.localstack.ServiceProcess;

/**
 * deploy/bench with tiny sizes on the packaged services as processes (the sample department loaded, as with
 * {@code deploy/run --demo}), so the benchmark cannot rot: every part runs and its row carries figures for Jixiao
 * and for its baseline.
 */
class BenchSmokeTest {

    private static final Path HOME = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Pattern NUMBER = Pattern.compile("\\d");

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench-smoke").toAbsolutePath());
        postgres = new PostgresServer(0, null).start();
        kafka = new KafkaBroker(0, Files.createTempDirectory(work, "kafka"), 3).start();
        Path key = ServiceProcess.writePublicKey(work);
        for (String database : List.of("budget", "evaluation", "report")) {
            postgres.ensureDatabase(database);
        }
        ServiceProcess budget = ServiceProcess.of(HOME, "budget-service", 0, postgres, "budget", kafka, key,
                work.resolve("budget-service.log"), Map.of());
        ServiceProcess evaluation = ServiceProcess.of(HOME, "evaluation-service", 0, postgres, "evaluation", kafka, key,
                work.resolve("evaluation-service.log"), Map.of());
        ServiceProcess report = ServiceProcess.of(HOME, "report-service", 0, postgres, "report", kafka, key,
                work.resolve("report-service.log"), Map.of("BUDGET_SERVICE_URL", budget.url(),
                        "EVALUATION_SERVICE_URL", evaluation.url()));
        SERVICES.addAll(List.of(budget, evaluation, report));
        SERVICES.forEach(ServiceProcess::start);
        SERVICES.forEach(service -> service.awaitReady(Duration.ofSeconds(120)));
        new DemoLoader(budget.url(), evaluation.url(), report.url(), HOME.resolve("deploy/demo/dabu-2023")).load();
    }

    @AfterAll
    static void stopTheSystem() {
        SERVICES.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyPartOfTheBenchmarkGivesAFigureBesideItsBaseline() throws Exception {
        Options options = new Options();
        options.budgetUrl = SERVICES.get(0).url();
        options.evaluationUrl = SERVICES.get(1).url();
        options.reportUrl = SERVICES.get(2).url();
        options.kafka = kafka.bootstrapServers();
        options.jdbcUrl = postgres.jdbcUrl("budget");
        options.payments = 2_000;
        options.batch = 1_000;
        options.agencies = 10;
        options.rate = 50;
        options.seconds = 5;
        options.latencyAgencies = 5;
        options.latencyBatches = List.of(1, 25);
        options.rebuildEvents = 4_000;
        options.reportRuns = 3;
        options.drainTimeout = Duration.ofSeconds(60);
        options.out = Path.of("target", "bench-smoke", "results.md").toAbsolutePath();

        String table = Bench.run(options);

        assertEquals(table, Files.readString(options.out));
        List<String> rows = table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| part ")).toList();
        for (String part : Options.PARTS) {
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("| " + part + " |")), part + " has a row:\n" + table);
        }
        assertEquals(2, rows.stream().filter(row -> row.startsWith("| report |")).count(), table);
        assertEquals(3, rows.stream().filter(row -> row.startsWith("| memory |")).count(), table);
        for (String row : rows) {
            assertFalse(row.contains("failed"), row);
            String[] cells = row.split("\\|");
            // | part | figure | Jixiao | baseline | ratio |
            for (int cell = 3; cell <= 5; cell++) {
                assertTrue(NUMBER.matcher(cells[cell]).find(), "a figure in column " + cell + " of " + row);
            }
        }
        List<String> latency = rows.stream().filter(row -> row.startsWith("| latency |")).toList();
        assertEquals(2, latency.size(), "single payments and batches of 25: " + latency);
        for (String row : latency) {
            assertTrue(row.split("\\|")[3].contains("250 of 250 measured"), "every payment measured: " + row);
        }
        System.out.println(table);
    }
}
