package cn.jixiao.report.render;

import static cn.jixiao.report.assembly.DisplayFormat.MISSING;
import static cn.jixiao.report.assembly.DisplayFormat.points;
import static cn.jixiao.report.assembly.DisplayFormat.score;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.report.assembly.DisplayFormat;
import cn.jixiao.report.model.ScoreTable;

/** The attachment 部门整体支出绩效自评表 as display strings, one row per indicator and a closing 合计 row. */
public record ScoreTableView(List<String> header, List<Row> rows, Row total) {

    public static final List<String> HEADER = List.of("指标", "分值", "实际完成值", "得分", "状态", "评分说明");

    public static ScoreTableView of(ScoreTable table) {
        List<ScoreTable.Row> rows = table == null || table.rows() == null ? List.of() : table.rows();
        BigDecimal topLevelWeights = rows.stream().filter(r -> r.level() == 1 && r.weight() != null)
                .map(ScoreTable.Row::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        String grade = table == null || table.grade() == null ? MISSING : table.grade();
        Row total = new Row(0, "合计", points(topLevelWeights), "", score(table == null ? null : table.total()),
                "", "等级：" + grade);
        return new ScoreTableView(HEADER, rows.stream().map(ScoreTableView::row).toList(), total);
    }

    private static Row row(ScoreTable.Row row) {
        return new Row(row.level(), row.name(), points(row.weight()), row.value() == null ? MISSING : row.value(),
                score(row.score()), DisplayFormat.statusLabel(row.status()),
                row.explanation() == null ? "" : row.explanation());
    }

    /** One line of the table; {@code level} 1–3 for indicators (names are indented by it), 0 for the total. */
    public record Row(int level, String name, String weight, String value, String score, String status,
            String explanation) {

        public List<String> cells() {
            return List.of(name, weight, value, score, status, explanation);
        }
    }
}
