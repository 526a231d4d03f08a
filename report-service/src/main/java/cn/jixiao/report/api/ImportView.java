package cn.jixiao.report.api;

import java.util.List;

import cn.jixiao.report.model.Coverage;
import cn.jixiao.report.model.Finding;

/**
 * The answer to a Word import: the sections saved (in the document's order), the headings that named no section,
 * the new narrative version (also the ETag), and the findings and coverage of the report assembled from it.
 */
public record ImportView(List<String> imported, List<String> unmapped, long narrativeVersion,
        List<Finding> findings, Coverage coverage) {
}
