package cn.jixiao.evaluation.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored framework document; once a score has been computed with it ({@code used}) it never changes. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "framework_id")
        public String frameworkId;

        public String version;

        protected Key() {
        }

        public Key(String frameworkId, String version) {
            this.frameworkId = frameworkId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && frameworkId.equals(that.frameworkId) && version.equals(that.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(frameworkId, version);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String document;

    public boolean used;

    @Column(name = "stored_at")
    public Instant storedAt;
}
