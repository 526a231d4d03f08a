package cn.jixiao.budget.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A budget line (预算指标): an original appropriation, or an adjustment (追加/调减) of one via {@code oriBgtId}. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {

    @Id
    @Column(name = "bgt_id")
    public String bgtId;

    @Column(name = "ori_bgt_id")
    public String oriBgtId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "pro_code")
    public String proCode;

    @Column(name = "pro_name")
    public String proName;

    @Column(name = "pro_cat_code")
    public String proCatCode;

    @Column(name = "exp_func_code")
    public String expFuncCode;

    @Column(name = "dep_bgt_eco_code")
    public String depBgtEcoCode;

    @Column(name = "gov_bgt_eco_code")
    public String govBgtEcoCode;

    @Column(name = "fund_type_code")
    public String fundTypeCode;

    @Column(name = "source_type_code")
    public String sourceTypeCode;

    public BigDecimal amount;

    @Column(name = "doc_no")
    public String docNo;

    @Column(name = "doc_date")
    public LocalDate docDate;

    @Column(name = "ledger_sequence")
    public long ledgerSequence;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public boolean isAdjustment() {
        return oriBgtId != null;
    }

    /** The recorded lines among these ids (loaded by primary key: one statement, no query to translate). */
    public static List<BudgetLine> findByIds(Collection<String> ids) {
        return PrimaryKeys.load(BudgetLine.class, ids);
    }

    /** The sum of the adjustments already recorded against each of these original lines. */
    public static Map<String, BigDecimal> adjustmentTotals(Collection<String> originalIds) {
        if (originalIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select l.oriBgtId, sum(l.amount) from BudgetLine l where l.oriBgtId in ?1 "
                        + "group by l.oriBgtId", Object[].class)
                .setParameter(1, originalIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (BigDecimal) row[1]));
    }
}
