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

/** A payment (支付) drawn on one budget line, or a reversal (退款/更正) of one via {@code oriPayAppId}. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    @Column(name = "pay_app_id")
    public String payAppId;

    @Column(name = "ori_pay_app_id")
    public String oriPayAppId;

    @Column(name = "pay_cert_no")
    public String payCertNo;

    @Column(name = "bgt_id")
    public String bgtId;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "xpay_amt")
    public BigDecimal xpayAmt;

    @Column(name = "pay_date")
    public LocalDate payDate;

    @Column(name = "use_des")
    public String useDes;

    @Column(name = "contract_no")
    public String contractNo;

    @Column(name = "ledger_sequence")
    public long ledgerSequence;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public boolean isReversal() {
        return oriPayAppId != null;
    }

    /** The recorded payments among these ids (loaded by primary key: one statement, no query to translate). */
    public static List<Payment> findByIds(Collection<String> ids) {
        return PrimaryKeys.load(Payment.class, ids);
    }

    /** The sum of the reversals (negative) already recorded against each of these original payments. */
    public static Map<String, BigDecimal> reversalTotals(Collection<String> originalIds) {
        if (originalIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select p.oriPayAppId, sum(p.xpayAmt) from Payment p where p.oriPayAppId in ?1 "
                        + "group by p.oriPayAppId", Object[].class)
                .setParameter(1, originalIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (BigDecimal) row[1]));
    }
}
