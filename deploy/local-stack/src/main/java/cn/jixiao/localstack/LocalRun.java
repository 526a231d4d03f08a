package cn.jixiao.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: PostgreSQL, Kafka and the three packaged services on fixed ports, with all their data
 * under one directory, until Ctrl-C.
 */
public final class LocalRun {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int LEDGER_PARTITIONS = 3;
    static final List<Service> SERVICES = List.of(
            new Service("budget-service", "budget", 8081),
            new Service("evaluation-service", "evaluation", 8082),
            new Service("report-service", "report", 8083));

    record Service(String name, String database, int port) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    private final Path home;
    private final Path dataDir;
    private final List<Process> processes = new ArrayList<>();
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
                new DemoLoader(SERVICES.get(0).url(), SERVICES.get(1).url(), home.resolve("deploy/demo/dabu-2023")).load();
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
        Path publicKey = writePublicKey();
        for (Service service : SERVICES) {
            processes.add(launch(service, publicKey));
        }
        for (Service service : SERVICES) {
            awaitHealthy(service, Duration.ofSeconds(90));
        }
        System.out.printf("%nAll healthy in %.1f s.%n%n", (System.nanoTime() - begin) / 1e9);
        System.out.println("PostgreSQL  jdbc:postgresql://localhost:" + POSTGRES_PORT + "/<budget|evaluation|report>");
        System.out.println("Kafka       " + kafka.bootstrapServers());
        for (Service service : SERVICES) {
            System.out.printf("%-19s %s   (OpenAPI UI: %s/q/swagger-ui, logs: %s)%n", service.name(), service.url(),
                    service.url(), dataDir.resolve("logs").resolve(service.name() + ".log"));
        }
        System.out.println();
        System.out.println("Tokens (12 h):");
        System.out.println("finance-system  " + DevTokens.mint("finance-system", null));
        System.out.println("finance-bureau  " + DevTokens.mint("finance-bureau", null));
        System.out.println("department (441422001 大埔县融媒体中心)  " + DevTokens.mint("department", "441422001"));
        System.out.println();
        System.out.println("More tokens: deploy/token <role> [agencyCode]. Ctrl-C stops everything.");
    }

    private Process launch(Service service, Path publicKey) {
        Path jar = home.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build with ./mvnw package -DskipTests");
        }
        File log = dataDir.resolve("logs").resolve(service.name() + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toUri().toString());
        env.put("JWT_ISSUER", DevTokens.ISSUER);
        SERVICES.forEach(other -> env.put(
                other.name().toUpperCase().replace('-', '_') + "_URL", other.url()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }

    private void awaitHealthy(Service service, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(service.name() + " not healthy after " + timeout.toSeconds() + " s, see "
                + dataDir.resolve("logs").resolve(service.name() + ".log"));
    }

    synchronized void stop() {
        System.out.println("\nStopping…");
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.println("Stopped.");
    }

    private Path writePublicKey() {
        Path key = dataDir.resolve("dev-public-key.pem");
        try {
            Files.writeString(key, DevTokens.publicKeyPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
