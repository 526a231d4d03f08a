package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The latest score of an agency-year: total, grade and the whole scored tree as JSON. */
@Entity
@Table(name = "score_current")
public class ScoreCurrent extends PanacheEntityBase {

    @EmbeddedId
    public AgencyYear id;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "framework_id")
    public String frameworkId;

    public String version;

    public BigDecimal total;

    public String grade;

    @Column(name = "execution_rate")
    public BigDecimal executionRate;

    /** The score tree as served by the score API (JSON). */
    public String card;

    @Column(name = "ledger_sequence")
    public long ledgerSequence;

    @Column(name = "input_changed_at")
    public Instant inputChangedAt;

    @Column(name = "computed_at")
    public Instant computedAt;

    public static List<ScoreCurrent> ofRegion(int fiscalYear, String mofDivCode) {
        return mofDivCode == null
                ? list("id.fiscalYear = ?1", fiscalYear)
                : list("id.fiscalYear = ?1 and mofDivCode = ?2", fiscalYear, mofDivCode);
    }
}
