package cn.jixiao.report.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.repository.PublishedReport;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the frozen published versions, for the public portal. */
@ApplicationScoped
public class PublishedVersions {

    /** A published version as frozen at publication: its content (JSON) with its SHA-256, and both renderings. */
    public record Frozen(String agencyName, String content, String contentHash, String html, byte[] docx) {
    }

    /** A region's year ({@code mofDivCode} null: every region): the latest version of each agency, or all versions. */
    public List<PublishedView> ofRegion(int fiscalYear, String mofDivCode, boolean allVersions) {
        List<PublishedView> views = new ArrayList<>();
        String previousAgency = null;
        for (PublishedReport report : PublishedReport.ofRegion(fiscalYear, mofDivCode)) {
            if (allVersions || !report.agencyCode.equals(previousAgency)) {
                views.add(view(report));
            }
            previousAgency = report.agencyCode;
        }
        return views;
    }

    public Optional<Frozen> latest(String agencyCode, int fiscalYear) {
        return PublishedReport.latest(agencyCode, fiscalYear).map(PublishedVersions::frozen);
    }

    public Optional<Frozen> find(String agencyCode, int fiscalYear, int version) {
        return PublishedReport.find(agencyCode, fiscalYear, version).map(PublishedVersions::frozen);
    }

    static PublishedView view(PublishedReport r) {
        String base = "/api/v1/public/reports/" + r.agencyCode + "/" + r.fiscalYear + "/versions/" + r.version;
        return new PublishedView(r.agencyCode, r.agencyName, r.mofDivCode, r.fiscalYear, r.version, r.total, r.grade,
                r.publishedAt, r.contentHash, new PublishedView.Links(base, base + ".html", base + ".docx"));
    }

    private static Frozen frozen(PublishedReport r) {
        return new Frozen(r.agencyName, r.content, r.contentHash, r.html, r.docx);
    }
}
