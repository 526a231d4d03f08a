package cn.jixiao.report.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A rendering frozen with a published version besides its HTML and Word file: the PDF or the 自评表 workbook. Only
 * written here; reads go through {@link #digests} (no bytes) and {@link RenderingBytes} (the bytes in slices).
 */
@Entity
@Table(name = "published_rendering")
public class PublishedRendering extends PanacheEntityBase {

    public static final String PDF = "pdf";
    public static final String SCORE_TABLE = "score-table";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "published_report_id")
    public long publishedReportId;

    public String format;

    public byte[] bytes;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    /** What the portal lists of a frozen rendering, without its bytes. */
    public record Digest(long id, long publishedReportId, String format, int sizeBytes, String sha256) {
    }

    public static List<Digest> digests(Collection<Long> publishedReportIds) {
        if (publishedReportIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r.id, r.publishedReportId, r.format, r.sizeBytes, r.sha256"
                + " from PublishedRendering r where r.publishedReportId in :ids", Digest.class)
                .setParameter("ids", publishedReportIds)
                .getResultList();
    }

    public static Optional<Digest> digest(long publishedReportId, String format) {
        return digests(List.of(publishedReportId)).stream().filter(d -> d.format().equals(format)).findFirst();
    }
}
