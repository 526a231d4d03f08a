package cn.jixiao.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: PostgreSQL, Kafka and the three packaged services on fixed ports, with all their data
 * under one directory, until Ctrl-C.
 */
public final class LocalRun {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final int LEDGER_PARTITIONS = 3;
    public static final List<Service> SERVICES = List.of(
            new Service("budget-service", "budget", 8081),
            new Service("evaluation-service", "evaluation", 8082),
            new Service("report-service", "report", 8083));

    public record Service(String name, String database, int port) {
        public String url() {
            return "http://localhost:" + port;
        }
    }

    private final Path home;
    private final Path dataDir;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    LocalRun(Path home, Path dataDir) {
        this.home = home;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path home = Path.of(System.getProperty("jixiao.home", ".")).toAbsolutePath().normalize();
        Path dataDir = home.resolve(".local-run");
        boolean clean = false;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clean" -> clean = true;
                case "--demo" -> demo = true;
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath().normalize();
                default -> {
                    System.err.println("usage: run [--clean] [--demo] [--data-dir DIR]");
                    System.exit(2);
                }
            }
        }
        if (clean) {
            Directories.deleteTree(dataDir);
        }
        Files.createDirectories(dataDir.resolve("logs"));
        LocalRun run = new LocalRun(home, dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.stop();
            stopped.countDown();
        }, "local-run-shutdown"));
        try {
            run.start();
            if (demo) {
                new DemoLoader(SERVICES.get(0).url(), SERVICES.get(1).url(), SERVICES.get(2).url(),
                        home.resolve("deploy/demo/dabu-2023")).load();
            }
        } catch (RuntimeException e) {
            System.err.println("start failed: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() {
        long begin = System.nanoTime();
        System.out.println("Jixiao local run, data under " + dataDir);
        postgres = new PostgresServer(POSTGRES_PORT, dataDir.resolve("postgres")).start();
        SERVICES.forEach(service -> postgres.ensureDatabase(service.database()));
        kafka = new KafkaBroker(KAFKA_PORT, dataDir.resolve("kafka"), LEDGER_PARTITIONS).start();
        Path publicKey = ServiceProcess.writePublicKey(dataDir);
        Map<String, String> environment = new HashMap<>();
        SERVICES.forEach(other -> environment.put(other.name().toUpperCase().replace('-', '_') + "_URL", other.url()));
        environment.put("JIXIAO_PAGES_TOKEN_LINKS", "true");
        for (Service service : SERVICES) {
            processes.add(ServiceProcess.of(home, service.name(), service.port(), postgres, service.database(), kafka,
                    publicKey, dataDir.resolve("logs").resolve(service.name() + ".log"), environment).start());
        }
        processes.forEach(process -> process.awaitReady(Duration.ofSeconds(90)));
        System.out.printf("%nAll healthy in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
        System.out.println("PostgreSQL  jdbc:postgresql://localhost:" + POSTGRES_PORT + "/<budget|evaluation|report>");
        System.out.println("Kafka       " + kafka.bootstrapServers());
        for (ServiceProcess process : processes) {
            System.out.printf("%-19s %s   (OpenAPI UI: %s/q/swagger-ui, logs: %s)%n", process.name(), process.url(),
                    process.url(), process.log());
        }
        System.out.println();
        System.out.println("Tokens (12 h):");
        System.out.println("finance-system  " + DevTokens.mint("finance-system", null));
        System.out.println("finance-bureau  " + DevTokens.mint("finance-bureau", null));
        System.out.println("department (441422001 大埔县融媒体中心)  " + DevTokens.mint("department", "441422001"));
        System.out.println();
        System.out.println("More tokens: deploy/token <role> [agencyCode]. Ctrl-C stops everything.");
    }

    synchronized void stop() {
        System.out.println("\nStopping…");
        processes.forEach(ServiceProcess::stop);
        processes.clear();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.println("Stopped.");
    }
}
