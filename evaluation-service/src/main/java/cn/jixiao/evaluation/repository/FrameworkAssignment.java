package cn.jixiao.evaluation.repository;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Which framework version scores a region's fiscal year; region {@code *} applies where no region has its own. */
@Entity
@Table(name = "framework_assignment")
public class FrameworkAssignment extends PanacheEntityBase {

    public static final String ANY_REGION = "*";

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "mof_div_code")
        public String mofDivCode;

        @Column(name = "fiscal_year")
        public int fiscalYear;

        protected Key() {
        }

        public Key(String mofDivCode, int fiscalYear) {
            this.mofDivCode = mofDivCode;
            this.fiscalYear = fiscalYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && fiscalYear == that.fiscalYear && mofDivCode.equals(that.mofDivCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mofDivCode, fiscalYear);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "framework_id")
    public String frameworkId;

    public String version;
}
