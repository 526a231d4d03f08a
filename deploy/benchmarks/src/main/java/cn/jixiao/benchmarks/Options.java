package cn.jixiao.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.jixiao.localstack.LocalRun;
import cn.jixiao.localstack.PostgresServer;

/** What {@code deploy/bench} measures and against which stack; the defaults are the local run's (deploy/run). */
public final class Options {

    public static final List<String> PARTS = List.of("ingest", "latency", "rebuild", "report", "memory");
    static final String USAGE = """
            usage: deploy/bench [--only ingest,latency,rebuild,report,memory]
                   [--payments 100000] [--batch 5000] [--agencies 50]           ingest: API vs COPY
                   [--rate 1000] [--seconds 60] [--latency-agencies 20]         latency: accepted → score visible vs Kafka
                   [--latency-batches 1,50]                                     payments per request, one run each
                   [--rebuild-events 1000000]                                   rebuild: POST …/ledger/rebuild vs KafkaConsumer
                   [--runs 50]                                                  report (needs deploy/run --demo)
                   [--budget-url U] [--evaluation-url U] [--report-url U] [--kafka HOST:PORT]
                   [--jdbc-url URL] [--db-user U] [--db-password P] [--group evaluation-service]
                   [--out target/bench/results.md]""";

    public Set<String> parts = new LinkedHashSet<>(PARTS);
    public int payments = 100_000;
    public int batch = 5_000;
    public int agencies = 50;
    public int rate = 1_000;
    public int seconds = 60;
    public int latencyAgencies = 20;
    /** Payments per request of the latency runs: 1 sends single payments, more sends batches. */
    public List<Integer> latencyBatches = List.of(1, 50);
    public long rebuildEvents = 1_000_000;
    public int reportRuns = 50;
    public String budgetUrl = LocalRun.SERVICES.get(0).url();
    public String evaluationUrl = LocalRun.SERVICES.get(1).url();
    public String reportUrl = LocalRun.SERVICES.get(2).url();
    public String kafka = "localhost:" + LocalRun.KAFKA_PORT;
    public String jdbcUrl = "jdbc:postgresql://localhost:" + LocalRun.POSTGRES_PORT + "/budget";
    public String dbUser = PostgresServer.USER;
    public String dbPassword = PostgresServer.PASSWORD;
    public String ledgerTopic = "budget.ledger.v1";
    public String evaluationGroup = "evaluation-service";
    /** How long to wait for budget-service's outbox and evaluation-service's consumer to catch up. */
    public Duration drainTimeout = Duration.ofMinutes(30);
    public Path out = Path.of("target", "bench", "results.md");

    public static Options parse(String[] args, Path home) {
        Options o = new Options();
        o.out = home.resolve("target/bench/results.md");
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--only" -> {
                    o.parts = new LinkedHashSet<>();
                    for (String part : value.split(",")) {
                        if (!PARTS.contains(part.trim())) {
                            throw new IllegalArgumentException("unknown part " + part + ", expected " + PARTS);
                        }
                        o.parts.add(part.trim());
                    }
                }
                case "--payments" -> o.payments = Integer.parseInt(value);
                case "--batch" -> o.batch = Integer.parseInt(value);
                case "--agencies" -> o.agencies = Integer.parseInt(value);
                case "--rate" -> o.rate = Integer.parseInt(value);
                case "--seconds" -> o.seconds = Integer.parseInt(value);
                case "--latency-agencies" -> o.latencyAgencies = Integer.parseInt(value);
                case "--latency-batches" -> o.latencyBatches = Arrays.stream(value.split(","))
                        .map(size -> Integer.parseInt(size.trim())).toList();
                case "--rebuild-events" -> o.rebuildEvents = Long.parseLong(value);
                case "--runs" -> o.reportRuns = Integer.parseInt(value);
                case "--budget-url" -> o.budgetUrl = value;
                case "--evaluation-url" -> o.evaluationUrl = value;
                case "--report-url" -> o.reportUrl = value;
                case "--kafka" -> o.kafka = value;
                case "--jdbc-url" -> o.jdbcUrl = value;
                case "--db-user" -> o.dbUser = value;
                case "--db-password" -> o.dbPassword = value;
                case "--group" -> o.evaluationGroup = value;
                case "--out" -> o.out = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        return o;
    }

    /** Keeps only the parts in the order of {@link #PARTS}. */
    List<String> orderedParts() {
        return PARTS.stream().filter(parts::contains).toList();
    }
}
