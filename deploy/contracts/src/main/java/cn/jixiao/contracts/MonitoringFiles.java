package cn.jixiao.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The monitoring files of deploy/monitoring as tests see them (the parent pom puts them on the test classpath under
 * {@code monitoring/}): the Grafana dashboard, the Prometheus alert rules, and the list of the metrics they use with
 * the services that expose each.
 */
public final class MonitoringFiles {

    public static final String DASHBOARD = "jixiao-dashboard.json";
    public static final String ALERTS = "alerts.yml";
    public static final String METRICS = "metrics.txt";
    private static final String CLASSPATH_ROOT = "monitoring/";

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*"
            + "\\([^)]*\\)");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    private MonitoringFiles() {
    }

    public static String text(String name) {
        return ContractFiles.resource(CLASSPATH_ROOT, name);
    }

    public static JsonNode dashboard() {
        return read(new ObjectMapper(), DASHBOARD);
    }

    public static JsonNode alerts() {
        return read(new YAMLMapper(), ALERTS);
    }

    /** Every PromQL expression of the dashboard's panels and the alert rules. */
    public static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        dashboard().path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> expressions.add(target.path("expr").asText())));
        alerts().path("groups").forEach(group -> group.path("rules")
                .forEach(rule -> expressions.add(rule.path("expr").asText())));
        return expressions;
    }

    /** The metrics an expression selects: its identifiers that are not functions, keywords, labels or strings. */
    public static Set<String> metricNames(String expression) {
        String bare = MATCHERS.matcher(GROUPING.matcher(QUOTED.matcher(expression).replaceAll("\"\""))
                .replaceAll(" ")).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            boolean function = identifier.group(1) != null;
            if (!function && !KEYWORDS.contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    /** Each metric of metrics.txt with who exposes it (a service's name, or {@code prometheus}). */
    public static Map<String, Set<String>> exposers() {
        Map<String, Set<String>> exposers = new LinkedHashMap<>();
        text(METRICS).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] words = line.split("\\s+");
                    exposers.put(words[0], new TreeSet<>(List.of(words).subList(1, words.length)));
                });
        return exposers;
    }

    /** The metrics metrics.txt says {@code service} exposes. */
    public static Set<String> exposedBy(String service) {
        Set<String> metrics = new TreeSet<>();
        exposers().forEach((metric, services) -> {
            if (services.contains(service)) {
                metrics.add(metric);
            }
        });
        return metrics;
    }

    /** What metrics.txt says {@code service} exposes but its Prometheus text exposition ({@code /q/metrics}) lacks. */
    public static Set<String> missingFrom(String service, String exposition) {
        Set<String> missing = exposedBy(service);
        missing.removeAll(exposedIn(exposition));
        return missing;
    }

    /** The metric names of a Prometheus text exposition ({@code /q/metrics}). */
    public static Set<String> exposedIn(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try {
            return mapper.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not well-formed", e);
        }
    }
}
