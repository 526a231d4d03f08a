package cn.jixiao.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For report-service's tests: budget-service and evaluation-service as their packaged applications (separate
 * processes, built earlier in the same Maven run), on the test PostgreSQL and Kafka of {@link LocalStackTestResource}.
 * Returns their URLs as the report-service rest clients' configuration. Tests may stop and restart them.
 */
public class RealServicesTestResource implements QuarkusTestResourceLifecycleManager {

    private static ServiceProcess budget;
    private static ServiceProcess evaluation;

    @Override
    public Map<String, String> start() {
        startServices();
        return Map.of(
                "quarkus.rest-client.budget-service.url", budget.url(),
                "quarkus.rest-client.evaluation-service.url", evaluation.url());
    }

    private static synchronized void startServices() {
        if (budget != null) {
            return;
        }
        PostgresServer postgres = LocalStackTestResource.postgres();
        KafkaBroker kafka = LocalStackTestResource.kafka();
        postgres.ensureDatabase("budget_e2e");
        postgres.ensureDatabase("evaluation_e2e");
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "services").toAbsolutePath();
        Path key = ServiceProcess.writePublicKey(logs);
        budget = ServiceProcess.of(home, "budget-service", 0, postgres, "budget_e2e", kafka, key,
                logs.resolve("budget-service.log"), Map.of()).start();
        evaluation = ServiceProcess.of(home, "evaluation-service", 0, postgres, "evaluation_e2e", kafka, key,
                logs.resolve("evaluation-service.log"), Map.of()).start();
        budget.awaitReady(Duration.ofSeconds(120));
        evaluation.awaitReady(Duration.ofSeconds(120));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            budget.stop();
            evaluation.stop();
        }, "services-shutdown"));
    }

    @Override
    public void stop() {
        // the processes live as long as the test JVM
    }

    public static ServiceProcess budget() {
        return budget;
    }

    public static ServiceProcess evaluation() {
        return evaluation;
    }
}
