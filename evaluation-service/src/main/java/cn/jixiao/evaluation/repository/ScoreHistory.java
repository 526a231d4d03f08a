package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of an agency-year's total or grade. */
@Entity
@Table(name = "score_history")
public class ScoreHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public BigDecimal total;

    public String grade;

    @Column(name = "ledger_sequence")
    public long ledgerSequence;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<ScoreHistory> of(String agencyCode, int fiscalYear) {
        return list("agencyCode = ?1 and fiscalYear = ?2 order by id", agencyCode, fiscalYear);
    }
}
