package cn.jixiao.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jixiao.report.client.ExecutionView;
import cn.jixiao.report.client.RegionScoreView;
import cn.jixiao.report.client.ScoresView;
import cn.jixiao.report.model.RegionOverview;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The region overview for the finance bureau's spreadsheet: evaluation-service's overview of the region's year, each
 * agency's top-level indicator scores (evaluation-service) and budget figures (budget-service), all fetched with the
 * bureau's token, and the status of its report here.
 */
@ApplicationScoped
public class RegionOverviews {

    private final Sources sources;

    RegionOverviews(Sources sources) {
        this.sources = sources;
    }

    public RegionOverview overview(String mofDivCode, int fiscalYear, String authorization) {
        List<RegionScoreView> agencies = sources.region(fiscalYear, mofDivCode, authorization);
        List<ScoresView> scores = new ArrayList<>();
        Set<String> indicators = new LinkedHashSet<>();
        for (RegionScoreView agency : agencies) {
            ScoresView scored = sources.scores(agency.agencyCode(), fiscalYear, authorization);
            scores.add(scored);
            if (scored != null && scored.indicators() != null) {
                scored.indicators().forEach(indicator -> indicators.add(indicator.name()));
            }
        }
        List<RegionOverview.Row> rows = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            RegionScoreView agency = agencies.get(i);
            ExecutionView execution = sources.execution(agency.agencyCode(), fiscalYear, authorization);
            rows.add(new RegionOverview.Row(agency.agencyCode(),
                    agency.agencyName() != null ? agency.agencyName()
                            : execution == null ? null : execution.agencyName(),
                    execution == null || execution.budget() == null ? null : execution.budget().adjusted(),
                    execution == null ? null : execution.spending(), agency.executionRate(),
                    topLevelScores(scores.get(i), indicators), agency.total(), agency.grade(),
                    reportStatus(agency.agencyCode(), fiscalYear)));
        }
        return new RegionOverview(mofDivCode, fiscalYear, List.copyOf(indicators), rows);
    }

    private static List<BigDecimal> topLevelScores(ScoresView scores, Set<String> names) {
        Map<String, BigDecimal> byName = scores == null || scores.indicators() == null ? Map.of()
                : scores.indicators().stream().filter(i -> i.score() != null)
                        .collect(Collectors.toMap(ScoresView.Indicator::name, ScoresView.Indicator::score,
                                (first, second) -> first));
        return names.stream().map(byName::get).toList();
    }

    /** As the draft shows it: an agency whose department has not written anything yet is a draft. */
    private static String reportStatus(String agencyCode, int fiscalYear) {
        ReportDraft draft = ReportDraft.findById(new ReportKey(agencyCode, fiscalYear));
        return draft == null ? ReportDraft.DRAFT : draft.status;
    }
}
