package cn.jixiao.budget.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** A budget unit (预算单位). Its row also carries the agency's ledger sequence and serialises its writes. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    @Column(name = "authorized_staff")
    public int authorizedStaff;

    @Column(name = "actual_staff")
    public int actualStaff;

    @Column(name = "last_sequence")
    public long lastSequence;

    @Column(name = "last_changed_at")
    public Instant lastChangedAt;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /**
     * Loads and write-locks the agencies, in code order so that concurrent batches cannot deadlock. One agency, the
     * common case of a single item, is locked by primary key without a query to translate.
     */
    public static List<Agency> lockAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        if (codes.size() == 1) {
            Agency agency = getEntityManager().find(Agency.class, codes.iterator().next(), LockModeType.PESSIMISTIC_WRITE);
            return agency == null ? List.of() : List.of(agency);
        }
        return find("agencyCode in ?1", Sort.by("agencyCode"), codes)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Takes the next number of this agency's ledger sequence; the caller holds the row lock. */
    public long nextSequence(Instant now) {
        lastSequence++;
        lastChangedAt = now;
        return lastSequence;
    }
}
