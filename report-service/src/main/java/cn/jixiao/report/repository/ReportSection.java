package cn.jixiao.report.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One narrative section as the department wrote it; {@code version} is its ETag. */
@Entity
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "agency_code")
        public String agencyCode;

        @Column(name = "fiscal_year")
        public int fiscalYear;

        @Column(name = "section_key")
        public String sectionKey;

        protected Key() {
        }

        public Key(String agencyCode, int fiscalYear, String sectionKey) {
            this.agencyCode = agencyCode;
            this.fiscalYear = fiscalYear;
            this.sectionKey = sectionKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && fiscalYear == that.fiscalYear && agencyCode.equals(that.agencyCode)
                    && sectionKey.equals(that.sectionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, fiscalYear, sectionKey);
        }
    }

    @EmbeddedId
    public Key id;

    public String text;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static List<ReportSection> of(ReportKey report) {
        return list("id.agencyCode = ?1 and id.fiscalYear = ?2", report.agencyCode, report.fiscalYear);
    }
}
