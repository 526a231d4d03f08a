package cn.jixiao.report.checks;

import java.util.List;
import java.util.Map;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.model.Narrative;

/** Runs the checker on one narrative section and keeps one rule's findings. */
final class Checks {

    private Checks() {
    }

    static List<Finding> findings(String rule, Figures figures, String section, String text) {
        return ConsistencyChecker.check(figures, new Narrative(Map.of(section, text))).findings().stream()
                .filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> findings(String rule, String section, String text) {
        return findings(rule, SampleFigures.sample(), section, text);
    }

    /** The messages joined by " / ", "" for none, for comparing with a table's expectation. */
    static String messages(List<Finding> findings) {
        return String.join(" / ", findings.stream().map(Finding::message).toList());
    }

    /** A table cell left empty means no finding. */
    static String none(String expected) {
        return expected == null ? "" : expected;
    }
}
