package cn.jixiao.report.model;

/**
 * How many money amounts and percentages the narrative states were checked against the ledger, and how many were
 * not (each of those is an unverified finding); {@code summary} is the line the renderings show.
 */
public record Coverage(int checked, int unverified, String summary) {

    public static Coverage of(int checked, int unverified) {
        return new Coverage(checked, unverified, checked + " 个数字已核对，" + unverified + " 个未能核对");
    }
}
