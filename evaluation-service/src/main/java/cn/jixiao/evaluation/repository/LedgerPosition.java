package cn.jixiao.evaluation.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** How far an agency's ledger events have been applied; updated in the same transaction as the aggregates. */
@Entity
@Table(name = "ledger_position")
public class LedgerPosition extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "mof_div_code")
    public String mofDivCode;

    /** 编制数 as the agency was last registered; null when its events predate the field. */
    @Column(name = "authorized_staff")
    public Integer authorizedStaff;

    /** 实有人数, likewise. */
    @Column(name = "actual_staff")
    public Integer actualStaff;

    @Column(name = "last_sequence")
    public long lastSequence;

    @Column(name = "last_event_id")
    public UUID lastEventId;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    /** The sequence that could not be applied; set while the agency is quarantined. */
    @Column(name = "quarantined_sequence")
    public Long quarantinedSequence;

    @Column(name = "quarantine_reason")
    public String quarantineReason;

    @Column(name = "quarantined_at")
    public Instant quarantinedAt;

    @Column(name = "quarantine_attempts")
    public int quarantineAttempts;

    /** The agency's position, write-locked so that two consumers can never apply the same event. */
    public static LedgerPosition lock(String agencyCode) {
        return findById(agencyCode, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The positions of these agencies (those that exist), write-locked in code order so batches cannot deadlock. */
    public static Map<String, LedgerPosition> lockAll(Collection<String> agencyCodes) {
        Map<String, LedgerPosition> positions = new HashMap<>();
        LedgerPosition.<LedgerPosition>find("agencyCode in ?1 order by agencyCode", agencyCodes)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(position -> positions.put(position.agencyCode, position));
        return positions;
    }

    public boolean quarantined() {
        return quarantinedSequence != null;
    }

    /** Parks the agency at {@code sequence}; a later failure of the same event only updates the reason. */
    public void quarantine(long sequence, String reason, Instant at) {
        if (quarantinedSequence == null || quarantinedSequence != sequence) {
            quarantinedAt = at;
            quarantineAttempts = 0;
        }
        quarantinedSequence = sequence;
        quarantineReason = reason;
        quarantineAttempts++;
    }

    public void release() {
        quarantinedSequence = null;
        quarantineReason = null;
        quarantinedAt = null;
        quarantineAttempts = 0;
    }

    public static LedgerPosition start(String agencyCode) {
        LedgerPosition position = new LedgerPosition();
        position.agencyCode = agencyCode;
        return position;
    }
}
