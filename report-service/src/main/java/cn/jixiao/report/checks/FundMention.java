package cn.jixiao.report.checks;

/**
 * An amount the narrative states for a named fund or project ("网站运行维护费14.33万元"), the name without whitespace;
 * or, when {@code remainder}, for the rest of the projects ("其他9.48万元").
 */
record FundMention(String name, Quantity amount, boolean remainder) {
}
