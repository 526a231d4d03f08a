package cn.jixiao.report.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.client.ExecutionView;
import cn.jixiao.report.client.ScoresView;
import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.ScoreTable;

/** Turns the two services' answers into the report's figures and score table, keeping every value exact. */
public final class FiguresMapper {

    private FiguresMapper() {
    }

    public static Figures figures(ExecutionView e, ScoresView scores) {
        List<Figures.Amount> classes = e.economicClasses() == null ? List.of() : e.economicClasses().stream()
                .map(c -> new Figures.Amount(c.code(), c.name(), c.spending())).toList();
        List<Figures.Project> projects = e.projects() == null ? List.of() : e.projects().stream()
                .map(p -> new Figures.Project(p.proCode(), p.proName(), p.budget(), p.spending(), p.rate())).toList();
        ExecutionView.FixedAssets assets = e.fixedAssets();
        return new Figures(
                e.budget().initial(),
                e.budget().adjusted(),
                e.spending(),
                e.executionRate(),
                e.carryOver().amount(),
                e.carryOver().rate(),
                e.basic().spending(),
                e.project().budget(),
                e.project().spending(),
                e.project().rate(),
                classes,
                projects,
                e.publicExpenses().budget(),
                e.publicExpenses().actual(),
                e.publicExpenses().controlRate(),
                e.threePublic().budget(),
                e.threePublic().actual(),
                assets == null ? null : assets.totalOriginalValue(),
                assets == null ? null : assets.inUseOriginalValue(),
                assets == null ? null : assets.utilisationRate(),
                e.authorizedStaff(),
                e.actualStaff(),
                scores == null ? null : scores.total(),
                scores == null ? null : scores.grade(),
                new Figures.AsOf(e.asOf().sequence(), e.asOf().time()),
                scores == null || scores.asOf() == null ? null
                        : new Figures.AsOf(scores.asOf().ledgerSequence(), scores.asOf().computedAt()));
    }

    /** The score tree flattened in reading order, each row knowing its depth; empty when nothing is scored yet. */
    public static ScoreTable scoreTable(ScoresView scores) {
        if (scores == null) {
            return new ScoreTable(List.of(), null, null, null, null);
        }
        List<ScoreTable.Row> rows = new ArrayList<>();
        flatten(scores.indicators(), 1, rows);
        return new ScoreTable(rows, scores.total(), scores.grade(), scores.frameworkId(), scores.frameworkVersion());
    }

    private static void flatten(List<ScoresView.Indicator> indicators, int level, List<ScoreTable.Row> rows) {
        if (indicators == null) {
            return;
        }
        for (ScoresView.Indicator indicator : indicators) {
            rows.add(new ScoreTable.Row(indicator.code(), level, indicator.name(), indicator.weight(),
                    percent(indicator.value()), indicator.score(), indicator.status(), indicator.explanation()));
            flatten(indicator.children(), level + 1, rows);
        }
    }

    private static String percent(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
