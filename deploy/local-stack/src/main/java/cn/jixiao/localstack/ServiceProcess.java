package cn.jixiao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Jixiao service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process, as in
 * production, wired to a PostgreSQL database, a Kafka broker and the development token key.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM options of every service process, for a resident size under 256 MB under deploy/bench (docs/deploy.md,
     * "Memory"): the serial collector (no concurrent GC threads or structures), C1 only (no C2 compiler arenas, less
     * compiled code), capped metaspace, code cache and direct memory, small thread stacks, and the C heap given back to
     * the system every 5 s. Class metadata, 85-95 MB per service, is the largest part and no option shrinks it. The
     * heap comes from {@link #HEAP}. The environment variable {@code JIXIAO_SERVICE_JVM_OPTIONS} (space-separated)
     * replaces all of these, e.g. to measure other settings.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=28m", "-XX:MaxMetaspaceSize=128m",
            "-XX:MaxDirectMemorySize=64m", "-XX:TrimNativeHeapInterval=5000");

    /**
     * Each service's fixed heap: the live set is 20-25 MB; budget-service holds a 5,000-item batch (about 25 MB while
     * it is validated and stored) and report-service a Word document being built; evaluation-service's largest
     * transient is one poll of ledger events.
     */
    public static final Map<String, String> HEAP = Map.of("budget-service", "-Xmx64m",
            "evaluation-service", "-Xmx56m", "report-service", "-Xmx56m");

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    /**
     * A service of the repository at {@code home} on {@code port} (0: any free port), using {@code database} on the
     * server, the broker, and extra environment (other services' URLs).
     */
    public static ServiceProcess of(Path home, String service, int port, PostgresServer postgres, String database,
            KafkaBroker kafka, Path publicKey, Path log, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        int chosen = port == 0 ? FreePorts.pick() : port;
        env.put("QUARKUS_HTTP_PORT", String.valueOf(chosen));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toUri().toString());
        env.put("JWT_ISSUER", DevTokens.ISSUER);
        // one malloc arena instead of eight per core: less native memory kept by glibc (docs/deploy.md, "Memory")
        env.put("MALLOC_ARENA_MAX", "1");
        env.putAll(extra);
        return new ServiceProcess(service, home.resolve(service).resolve("target/quarkus-app/quarkus-run.jar"), chosen,
                env, log);
    }

    /** Writes the development public key where services can read it, and returns its path. */
    public static Path writePublicKey(Path dir) {
        Path key = dir.resolve("dev-public-key.pem");
        try {
            Files.createDirectories(dir);
            Files.writeString(key, DevTokens.publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    public synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": build with ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(name));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        return this;
    }

    /** The service's {@link #HEAP} and {@link #JVM_OPTIONS}, or those of {@code JIXIAO_SERVICE_JVM_OPTIONS}. */
    public static List<String> jvmOptions(String service) {
        String override = System.getenv("JIXIAO_SERVICE_JVM_OPTIONS");
        if (override != null && !override.isBlank()) {
            return List.of(override.trim().split("\\s+"));
        }
        List<String> options = new ArrayList<>();
        options.add(HEAP.getOrDefault(service, "-Xmx64m"));
        options.addAll(JVM_OPTIONS);
        return options;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited, see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s, see " + log);
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s) and waits for it. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the process at once (SIGKILL, like {@code kill -9}): no shutdown hook runs. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes the process (SIGSTOP): it holds its sockets, sessions and locks but does nothing. */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen process go on (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The operating system's process id, e.g. to find which instance holds a lease. */
    public long pid() {
        return process.pid();
    }

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, String.valueOf(pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
    }
}
