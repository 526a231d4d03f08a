package cn.jixiao.evaluation.pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jixiao.evaluation.api.ScoreView;
import cn.jixiao.evaluation.scoring.ScoreStatus;
import cn.jixiao.evaluation.scoring.ScoredIndicator;

/** A department's score page: header figures, the indicator tree as rows, the execution curve, report links. */
record AgencyPage(String agencyCode, String agencyName, int fiscalYear, String regionLink, String framework,
        String total, String grade, String executionRate, String milestone, AsOf asOf, List<IndicatorRow> indicators,
        ExecutionChart chart, String reportHtml, String reportDocx, String streamPath) {

    record AsOf(String ledgerSequence, String ledgerEventAt, String inputChangedAt, String computedAt) {
    }

    /** One indicator, {@code depth} 0 for the top level; parents show subtotals. */
    record IndicatorRow(int depth, boolean parent, String code, String name, String weight, String value,
            String score, String status, String statusClass, String explanation) {
    }

    static AgencyPage of(ScoreView view, BigDecimal executionRate, Milestones.Milestone milestone,
            ExecutionChart chart, String reportService, boolean showRegion) {
        String report = reportService + "/api/v1/agencies/" + PageCookie.segment(view.agencyCode()) + "/years/"
                + view.fiscalYear() + "/report";
        ScoreView.AsOf asOf = view.asOf();
        return new AgencyPage(view.agencyCode(), view.agencyName() == null ? view.agencyCode() : view.agencyName(),
                view.fiscalYear(),
                showRegion && view.mofDivCode() != null ? RegionOverview.path(view.fiscalYear(), view.mofDivCode()) : null,
                view.frameworkId() + " " + view.frameworkVersion(), PageFormat.number(view.total()), view.grade(),
                PageFormat.percent(executionRate), milestone.label(),
                new AsOf(String.valueOf(asOf.ledgerSequence()), PageFormat.time(asOf.ledgerEventAt()),
                        PageFormat.time(asOf.inputChangedAt()), PageFormat.time(asOf.computedAt())),
                view.indicators().stream().flatMap(i -> rows(i, 0)).toList(), chart, report + ".html",
                report + ".docx", path(view.agencyCode(), view.fiscalYear()) + "/events");
    }

    static String path(String agencyCode, int fiscalYear) {
        return "/pages/agencies/" + PageCookie.segment(agencyCode) + "/years/" + fiscalYear;
    }

    private static Stream<IndicatorRow> rows(ScoredIndicator indicator, int depth) {
        ScoreStatus status = indicator.status();
        IndicatorRow row = new IndicatorRow(depth, !indicator.children().isEmpty(), indicator.code(), indicator.name(),
                PageFormat.weight(indicator.weight()), PageFormat.percent(indicator.value()),
                PageFormat.number(indicator.score()), status.label(),
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), indicator.explanation());
        return Stream.concat(Stream.of(row), indicator.children().stream().flatMap(c -> rows(c, depth + 1)));
    }
}
