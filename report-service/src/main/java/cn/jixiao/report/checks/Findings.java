package cn.jixiao.report.checks;

import cn.jixiao.report.model.Finding;

/** Builds findings with the two severities the report knows. */
final class Findings {

    static final String FIGURES = "figures";

    private Findings() {
    }

    static Finding error(String rule, String message, String where) {
        return new Finding("error", rule, message, where);
    }

    static Finding warning(String rule, String message, String where) {
        return new Finding("warning", rule, message, where);
    }
}
