package cn.jixiao.report.service;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.report.api.PublishedView;
import cn.jixiao.report.repository.PublishedRendering;
import cn.jixiao.report.repository.PublishedReport;
import cn.jixiao.report.repository.RenderingBytes;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the frozen published versions, for the public portal. */
@ApplicationScoped
public class PublishedVersions {

    /** A published version as frozen at publication: its content (JSON) with its SHA-256, and both renderings. */
    public record Frozen(String agencyName, String content, String contentHash, String html, byte[] docx) {
    }

    /** A file frozen with a version (PDF or 自评表), found but not read: its bytes are copied by {@link #copy}. */
    public record FrozenFile(String agencyName, PublishedRendering.Digest digest) {

        public int sizeBytes() {
            return digest.sizeBytes();
        }

        public String sha256() {
            return digest.sha256();
        }
    }

    private final RenderingBytes bytes;

    PublishedVersions(RenderingBytes bytes) {
        this.bytes = bytes;
    }

    /** A region's year ({@code mofDivCode} null: every region): the latest version of each agency, or all versions. */
    public List<PublishedView> ofRegion(int fiscalYear, String mofDivCode, boolean allVersions) {
        List<PublishedReport> listed = new ArrayList<>();
        String previousAgency = null;
        for (PublishedReport report : PublishedReport.ofRegion(fiscalYear, mofDivCode)) {
            if (allVersions || !report.agencyCode.equals(previousAgency)) {
                listed.add(report);
            }
            previousAgency = report.agencyCode;
        }
        Map<Long, List<PublishedRendering.Digest>> files = PublishedRendering
                .digests(listed.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(PublishedRendering.Digest::publishedReportId));
        return listed.stream().map(r -> view(r, files.getOrDefault(r.id, List.of()))).toList();
    }

    public Optional<Frozen> latest(String agencyCode, int fiscalYear) {
        return PublishedReport.latest(agencyCode, fiscalYear).map(PublishedVersions::frozen);
    }

    public Optional<Frozen> find(String agencyCode, int fiscalYear, int version) {
        return PublishedReport.find(agencyCode, fiscalYear, version).map(PublishedVersions::frozen);
    }

    public FrozenFile pdf(String agencyCode, int fiscalYear, int version) {
        return file(agencyCode, fiscalYear, version, PublishedRendering.PDF, " PDF 文件");
    }

    public FrozenFile scoreTable(String agencyCode, int fiscalYear, int version) {
        return file(agencyCode, fiscalYear, version, PublishedRendering.SCORE_TABLE, "自评表");
    }

    /**
     * The PDF or 自评表 frozen with a version. A version published before they were frozen (Flyway V3) has neither:
     * a rendering made now would not be what was published, so it is refused rather than made.
     */
    private static FrozenFile file(String agencyCode, int fiscalYear, int version, String format, String what) {
        PublishedReport report = PublishedReport.find(agencyCode, fiscalYear, version)
                .orElseThrow(() -> Refusal.notFound("没有该版本的已发布报告"));
        return PublishedRendering.digest(report.id, format).map(digest -> new FrozenFile(report.agencyName, digest))
                .orElseThrow(() -> Refusal.notFound("第 " + version + " 版发布时尚未存档" + what
                        + "，无法提供；请查看该版本的 HTML 或 Word 文件"));
    }

    public void copy(FrozenFile file, OutputStream out) {
        bytes.copy(file.digest(), out);
    }

    static String base(String agencyCode, int fiscalYear, int version) {
        return "/api/v1/public/reports/" + agencyCode + "/" + fiscalYear + "/versions/" + version;
    }

    static String pdfHref(String base) {
        return base + ".pdf";
    }

    static String scoreTableHref(String base) {
        return base + "/score-table.xlsx";
    }

    static PublishedView view(PublishedReport r, Collection<PublishedRendering.Digest> frozen) {
        String base = base(r.agencyCode, r.fiscalYear, r.version);
        List<PublishedView.FrozenFile> files = frozen.stream()
                .sorted(Comparator.comparing(PublishedRendering.Digest::format))
                .map(d -> new PublishedView.FrozenFile(d.format(), href(base, d.format()), d.sizeBytes(), d.sha256()))
                .toList();
        return new PublishedView(r.agencyCode, r.agencyName, r.mofDivCode, r.fiscalYear, r.version, r.total, r.grade,
                r.publishedAt, r.contentHash, new PublishedView.Links(base, base + ".html", base + ".docx",
                        files.isEmpty() ? null : pdfHref(base), files.isEmpty() ? null : scoreTableHref(base)),
                files);
    }

    private static String href(String base, String format) {
        return PublishedRendering.PDF.equals(format) ? pdfHref(base) : scoreTableHref(base);
    }

    private static Frozen frozen(PublishedReport r) {
        return new Frozen(r.agencyName, r.content, r.contentHash, r.html, r.docx);
    }
}
