package cn.jixiao.report.model;

import java.util.List;

/**
 * The finished self-evaluation report of one agency-year (部门整体支出绩效自评报告): the header, the numbered sections
 * in the sample report's order, the score table (the attachment), the figures every number was taken from, the
 * consistency findings, and how many of the narrative's figures were checked. This is what the JSON API serves and what the HTML and Word renderings show.
 */
public record AssembledReport(
        Header header,
        List<Section> sections,
        ScoreTable scoreTable,
        Figures figures,
        List<Finding> findings,
        Coverage coverage) {
}
