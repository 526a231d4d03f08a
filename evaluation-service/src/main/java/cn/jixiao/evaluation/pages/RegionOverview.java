package cn.jixiao.evaluation.pages;

import java.util.List;

import cn.jixiao.evaluation.api.ScoreSummary;
import cn.jixiao.evaluation.service.ScoreQuery;

/** The finance bureau's overview of a region's year, sorted as asked, each agency's rate against the milestone. */
record RegionOverview(int fiscalYear, String mofDivCode, String milestone, List<Row> rows, Column byCode,
        Column byTotal, Column byRate, String streamPath) {

    record Row(String agencyCode, String agencyName, String link, String total, String grade, String executionRate,
            RateBar bar, String asOf) {
    }

    /**
     * A sortable column header: a plain link to the same page sorted by it, in the opposite order when it is the
     * current sort.
     *
     * @param ariaSort ascending, descending or none, for assistive technology
     */
    record Column(String href, String arrow, String ariaSort) {
    }

    /** The sort as the API understands it; anything unknown falls back to the API's default (total, descending). */
    record Sorting(String key, boolean descending) {

        static Sorting of(String sort, String order) {
            String key = switch (sort == null ? "" : sort) {
                case "executionRate", "agencyCode" -> sort;
                default -> "total";
            };
            return new Sorting(key, !"asc".equals(order));
        }

        ScoreQuery.Sort query() {
            return switch (key) {
                case "executionRate" -> ScoreQuery.Sort.EXECUTION_RATE;
                case "agencyCode" -> ScoreQuery.Sort.AGENCY;
                default -> ScoreQuery.Sort.TOTAL;
            };
        }

        Column column(String columnKey, boolean descendingFirst) {
            boolean current = key.equals(columnKey);
            boolean nextDescending = current ? !descending : descendingFirst;
            return new Column("?sort=" + columnKey + "&order=" + (nextDescending ? "desc" : "asc"),
                    current ? (descending ? " ▼" : " ▲") : "",
                    current ? (descending ? "descending" : "ascending") : "none");
        }
    }

    static RegionOverview of(int fiscalYear, String mofDivCode, List<ScoreSummary> scores, Sorting sorting,
            Milestones.Milestone milestone) {
        List<Row> rows = scores.stream().map(s -> new Row(s.agencyCode(),
                s.agencyName() == null ? s.agencyCode() : s.agencyName(),
                AgencyPage.path(s.agencyCode(), fiscalYear), PageFormat.number(s.total()), s.grade(),
                PageFormat.percent(s.executionRate()), RateBar.of(s.executionRate(), milestone),
                PageFormat.time(s.computedAt()))).toList();
        return new RegionOverview(fiscalYear, mofDivCode, milestone.label(), rows,
                sorting.column("agencyCode", false), sorting.column("total", true),
                sorting.column("executionRate", true),
                path(fiscalYear, mofDivCode) + "/events");
    }

    static String path(int fiscalYear, String mofDivCode) {
        return "/pages/years/" + fiscalYear + "/regions/" + PageCookie.segment(mofDivCode);
    }
}
