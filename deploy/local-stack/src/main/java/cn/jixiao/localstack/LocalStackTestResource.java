package cn.jixiao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's {@code @QuarkusTest}s a real PostgreSQL database and a real Kafka broker, started once per test
 * JVM and shared by every test class of the module. Init arg {@code database} names the service's database;
 * {@code kafka=false} leaves the broker out for a service that uses none.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private String database = "app";
    private boolean withKafka = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        withKafka = Boolean.parseBoolean(initArgs.getOrDefault("kafka", "true"));
    }

    @Override
    public Map<String, String> start() {
        PostgresServer db = postgres();
        db.ensureDatabase(database);
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD));
        if (withKafka) {
            config.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM: other test classes of the module reuse them.
    }

    /** The shared broker, for tests that stop and restart it. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            // A log directory of its own (not the broker's throw-away one) lets a test stop and restart the broker
            // without losing the topic's records.
            Path logDir = temporaryDirectory("jixiao-test-kafka");
            kafka = new KafkaBroker(0, logDir, 3).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                Directories.deleteTree(logDir);
            }, "kafka-shutdown"));
        }
        return kafka;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = new PostgresServer(0, null).start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-shutdown"));
        }
        return postgres;
    }
}
