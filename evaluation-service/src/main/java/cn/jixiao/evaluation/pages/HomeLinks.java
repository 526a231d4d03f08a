package cn.jixiao.evaluation.pages;

import java.util.List;

import cn.jixiao.evaluation.service.ScoreQuery;
import jakarta.enterprise.context.ApplicationScoped;

/** Where a signed-in user can go: the bureau to each region's year with scores, a department to its own years. */
@ApplicationScoped
class HomeLinks {

    record Link(String href, String label) {
    }

    private final ScoreQuery scores;

    HomeLinks(ScoreQuery scores) {
        this.scores = scores;
    }

    List<Link> regions() {
        return scores.scoredRegionYears().stream()
                .map(year -> new Link(RegionOverview.path(year.fiscalYear(), year.mofDivCode()),
                        year.fiscalYear() + " 年度 · 区划 " + year.mofDivCode()))
                .toList();
    }

    List<Link> years(String agencyCode) {
        return scores.scoredYears(agencyCode).stream()
                .map(year -> new Link(AgencyPage.path(agencyCode, year), year + " 年度"))
                .toList();
    }
}
