package cn.jixiao.report.model;

import java.math.BigDecimal;
import java.util.List;

/** The attachment 部门整体支出绩效自评表: every indicator of the tree with weight, measured value and score. */
public record ScoreTable(List<Row> rows, BigDecimal total, String grade, String frameworkId, String frameworkVersion) {

    /**
     * One indicator; {@code level} is its depth (1 一级, 2 二级, 3 三级). {@code value} is the measured value as shown
     * (e.g. "95.33%"), or null for a qualitative indicator.
     */
    public record Row(String code, int level, String name, BigDecimal weight, String value, BigDecimal score,
            String status, String explanation) {
    }
}
