package cn.jixiao.report.model;

/**
 * A consistency finding: {@code severity} error (a figure is wrong) or warning (incomplete or ambiguous), the rule
 * that found it, a Chinese message for the department, and where (a section key, e.g. narrative.expenditure).
 */
public record Finding(String severity, String rule, String message, String where) {
}
