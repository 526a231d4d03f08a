package cn.jixiao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard and alert rules of deploy/monitoring use only the metrics metrics.txt lists (each service's
 * MonitoringMetricsTest checks it exposes its part of the list), and say what an operator needs.
 */
class MonitoringFilesTest {

    static Stream<Arguments> expressionsAndTheirMetrics() {
        return Stream.of(
                Arguments.of("sum by (relay) (rate(jixiao_outbox_published_total[1m]))",
                        Set.of("jixiao_outbox_published_total")),
                Arguments.of("up{job=~\"budget-service|report-service\"} == 0", Set.of("up")),
                Arguments.of("histogram_quantile(0.99, sum by (relay, le) (rate(delay_seconds_bucket[10m]))) > 10",
                        Set.of("delay_seconds_bucket")),
                Arguments.of("a / ignoring (x) b and deriv(sum(c{t=\"and\", u!~\"d\"})[15m:1m]) > 0",
                        Set.of("a", "b", "c")),
                Arguments.of("max(jixiao_ledger_quarantined_agencies) > 0 unless on (job) other_metric offset 5m",
                        Set.of("jixiao_ledger_quarantined_agencies", "other_metric")));
    }

    @ParameterizedTest
    @MethodSource("expressionsAndTheirMetrics")
    void anExpressionsMetricsAreItsSelectors(String expression, Set<String> metrics) {
        assertEquals(new TreeSet<>(metrics), MonitoringFiles.metricNames(expression));
    }

    @Test
    void theDashboardAndTheRulesUseExactlyTheListedMetrics() {
        Set<String> used = new TreeSet<>();
        MonitoringFiles.expressions().forEach(expression -> used.addAll(MonitoringFiles.metricNames(expression)));

        assertEquals(new TreeSet<>(MonitoringFiles.exposers().keySet()), used,
                "metrics.txt lists every metric used, and nothing else");
        MonitoringFiles.exposers().forEach((metric, exposers) -> assertFalse(exposers.isEmpty(),
                metric + ": who exposes it"));
    }

    @Test
    void everyRuleHasASeverityAndAChineseSummary() {
        JsonNode rules = MonitoringFiles.alerts().path("groups").get(0).path("rules");
        assertTrue(rules.size() >= 9, "the alerts that matter: down, lag, quarantine, dead letters, outbox, errors");
        Set<String> names = new HashSet<>();
        for (JsonNode rule : rules) {
            String name = rule.path("alert").asText();
            assertTrue(names.add(name), name + " is unique");
            assertFalse(rule.path("expr").asText().isBlank(), name + ": expr");
            assertTrue(List.of("warning", "critical").contains(rule.path("labels").path("severity").asText()),
                    name + ": severity");
            assertTrue(rule.path("annotations").path("summary").asText().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), name + ": summary");
        }
    }

    @Test
    void everyPanelQueriesPrometheusThroughTheDatasourceVariable() {
        JsonNode dashboard = MonitoringFiles.dashboard();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique");
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            String title = panel.path("title").asText();
            assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), title);
            assertFalse(panel.path("targets").isEmpty(), title + ": a query");
            panel.path("targets").forEach(target -> assertFalse(target.path("expr").asText().isBlank(), title));
        }
        assertEquals("datasource", dashboard.path("templating").path("list").get(0).path("name").asText());
    }
}
