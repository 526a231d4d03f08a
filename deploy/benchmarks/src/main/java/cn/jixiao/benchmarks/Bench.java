package cn.jixiao.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy/bench}: measures a running Jixiao (deploy/run, or services started by a test) and prints each figure
 * beside a baseline measured in the same run on the same machine: ingest vs COPY, payment → score latency vs Kafka's
 * produce → consume, rebuild vs a plain KafkaConsumer, report assembly vs fetching its sources, and each service's
 * resident memory at the end vs 256 MB. Writes the table to {@code target/bench/results.md}.
 */
public final class Bench {

    /** The resident memory every service must fit in. */
    public static final long MEMORY_BUDGET_MB = 256;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path home = Path.of(System.getProperty("jixiao.home", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, home);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String table = run(options);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + options.out);
        System.exit(table.contains("| failed:") ? 1 : 0);
    }

    /** Runs the chosen parts, writes the results file and returns its text. A failed part is a row saying so. */
    public static String run(Options options) throws IOException {
        String startedAt = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        String loadAtStart = loadAverage();
        Map<String, String> services = new LinkedHashMap<>();
        services.put("budget-service", options.budgetUrl);
        services.put("evaluation-service", options.evaluationUrl);
        services.put("report-service", options.reportUrl);
        Map<String, Optional<ServiceMemory.Sample>> memoryAtStart = new LinkedHashMap<>();
        services.forEach((name, url) -> memoryAtStart.put(name, ServiceMemory.sample(ServiceMemory.port(url))));

        List<Row> rows = new ArrayList<>();
        Api api = new Api();
        try (Ledger ledger = new Ledger(options, api)) {
            for (String part : options.orderedParts()) {
                progress("%s…", part);
                long begin = System.nanoTime();
                try {
                    switch (part) {
                        case "ingest" -> rows.addAll(new IngestBenchmark(options, api, ledger).run());
                        case "latency" -> rows.addAll(new ScoreLatencyBenchmark(options, api, ledger).run());
                        case "rebuild" -> rows.addAll(new RebuildBenchmark(options, api, ledger).run());
                        case "report" -> rows.addAll(new ReportBenchmark(options, api).run());
                        case "memory" -> rows.addAll(memory(services, memoryAtStart));
                        default -> throw new IllegalArgumentException(part);
                    }
                } catch (Exception e) {
                    progress("  %s failed: %s", part, e);
                    rows.add(Row.failed(part, part, e));
                }
                progress("  %s done in %.0f s", part, (System.nanoTime() - begin) / 1e9);
            }
        }
        String table = document(options, rows, startedAt, loadAtStart);
        Files.createDirectories(options.out.toAbsolutePath().getParent());
        Files.writeString(options.out, table);
        return table;
    }

    private static List<Row> memory(Map<String, String> services,
            Map<String, Optional<ServiceMemory.Sample>> atStart) {
        List<Row> rows = new ArrayList<>();
        services.forEach((name, url) -> {
            String figure = name + ", resident memory (VmRSS) at the end";
            Optional<ServiceMemory.Sample> now = ServiceMemory.sample(ServiceMemory.port(url));
            if (now.isEmpty()) {
                rows.add(new Row("memory", figure, "failed: no process listening on " + url, "", ""));
                return;
            }
            ServiceMemory.Sample sample = now.get();
            String start = atStart.get(name).map(s -> "; " + s.rssMb() + " at the start").orElse("");
            rows.add(new Row("memory", figure,
                    sample.rssMb() + " (peak " + sample.peakMb() + start + "; pid " + sample.pid() + ", "
                            + (sample.jvmOptions().isEmpty() ? "JVM defaults" : "`" + sample.jvmOptions() + "`") + ")",
                    "budget " + MEMORY_BUDGET_MB + " MB",
                    Stats.percent(sample.rssKb() / 1024.0 / MEMORY_BUDGET_MB) + " of budget"));
        });
        return rows;
    }

    private static String document(Options options, List<Row> rows, String startedAt, String loadAtStart) {
        StringBuilder out = new StringBuilder();
        out.append("# deploy/bench\n\n");
        out.append(String.format(Locale.ROOT, "%s on %s: %d cores, %s MB RAM, %s %s, Java %s. Load average (1, 5, 15 min)"
                        + " at the start %s, at the end %s.%n%n", startedAt, hostName(),
                Runtime.getRuntime().availableProcessors(), totalMemoryMb(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), loadAtStart, loadAverage()));
        out.append("Stack: ").append(options.budgetUrl).append(", ").append(options.evaluationUrl).append(", ")
                .append(options.reportUrl).append(", Kafka ").append(options.kafka).append(", ")
                .append(options.jdbcUrl).append(". Every baseline was measured in the same run on the same machine.\n\n");
        out.append("| part | figure | Jixiao | baseline | Jixiao vs baseline |\n|---|---|---|---|---|\n");
        rows.forEach(row -> out.append(row.markdown()).append('\n'));
        return out.toString();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this machine";
        }
    }

    private static String totalMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Stats.count(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "?";
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }
}
