package cn.jixiao.budget.service;

import static cn.jixiao.budget.service.FieldRules.code;
import static cn.jixiao.budget.service.FieldRules.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jixiao.budget.api.AssetSnapshotRequest;
import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.event.EventType;
import cn.jixiao.budget.mapping.LedgerMapper;
import cn.jixiao.budget.outbox.OutboxWriter;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.budget.repository.AssetSnapshot;
import cn.jixiao.platform.problem.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records fixed-asset snapshots, one per agency and date. */
@ApplicationScoped
public class AssetSnapshotIngest {

    private final OutboxWriter outbox;
    private final LedgerLimits limits;

    AssetSnapshotIngest(OutboxWriter outbox, LedgerLimits limits) {
        this.outbox = outbox;
        this.limits = limits;
    }

    @Transactional
    public IngestResult one(AssetSnapshotRequest item) {
        return ingest(Collections.singletonList(item), false).get(0);
    }

    @Transactional
    public List<IngestResult> batch(Batch<AssetSnapshotRequest> batch) {
        return ingest(BatchItems.of(batch), true);
    }

    private List<IngestResult> ingest(List<AssetSnapshotRequest> items, boolean batch) {
        List<String> agencyCodes = items.stream().filter(Objects::nonNull).map(AssetSnapshotRequest::agencyCode)
                .filter(code -> FieldRules.wellFormed(FieldRules.AGENCY_CODE, code)).distinct().toList();
        LedgerSession session = LedgerSession.lock(agencyCodes);
        Map<String, AssetSnapshot> snapshots = new HashMap<>();
        if (!agencyCodes.isEmpty()) {
            AssetSnapshot.<AssetSnapshot>list("agencyCode in ?1", agencyCodes)
                    .forEach(snapshot -> snapshots.put(key(snapshot.agencyCode, snapshot.snapshotDate), snapshot));
        }
        Violations v = new Violations();
        List<AssetSnapshot> created = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Integer index = BatchItems.index(batch, i);
            v.at(index);
            AssetSnapshotRequest item = items.get(i);
            if (item == null) {
                v.add("items", ErrorCodes.REQUIRED, "条目不能为空");
                continue;
            }
            String key = key(item.agencyCode(), item.snapshotDate());
            AssetSnapshot recorded = snapshots.get(key);
            if (recorded != null) {
                List<String> differing = LedgerMapper.differences(recorded, item);
                if (differing.isEmpty()) {
                    results.add(new IngestResult(index, key, IngestResult.DUPLICATE, recorded.ledgerSequence));
                } else {
                    Conflicts.report(v, "资产快照", key, differing);
                }
                continue;
            }
            int before = v.size();
            Agency agency = validate(v, item, session, limits.maxAmount());
            if (v.size() > before) {
                continue;
            }
            AssetSnapshot snapshot = LedgerMapper.toEntity(item);
            snapshot.recordedAt = session.now();
            snapshot.ledgerSequence = session.record(agency, EventType.ASSET_SNAPSHOT_RECORDED,
                    snapshot.snapshotDate.getYear(), LedgerMapper.toData(snapshot));
            snapshots.put(key, snapshot);
            created.add(snapshot);
            results.add(new IngestResult(index, key, IngestResult.CREATED, snapshot.ledgerSequence));
        }
        v.throwIfAny();
        AssetSnapshot.persist(created);
        outbox.append(session.events());
        return results;
    }

    private static Agency validate(Violations v, AssetSnapshotRequest r, LedgerSession session, BigDecimal maxAmount) {
        boolean hasAgency = required(v, "agencyCode", r.agencyCode())
                && code(v, "agencyCode", r.agencyCode(), FieldRules.AGENCY_CODE, "3–32 位字母或数字");
        required(v, "snapshotDate", r.snapshotDate());
        boolean total = required(v, "totalOriginalValue", r.totalOriginalValue())
                && FieldRules.money(v, "totalOriginalValue", r.totalOriginalValue(), maxAmount);
        boolean inUse = required(v, "inUseOriginalValue", r.inUseOriginalValue())
                && FieldRules.money(v, "inUseOriginalValue", r.inUseOriginalValue(), maxAmount);
        if (total && r.totalOriginalValue().signum() < 0) {
            v.add("totalOriginalValue", ErrorCode.INVALID_SIGN, "固定资产原值合计不能为负数");
        }
        if (inUse && r.inUseOriginalValue().signum() < 0) {
            v.add("inUseOriginalValue", ErrorCode.INVALID_SIGN, "在用固定资产原值不能为负数");
        }
        if (total && inUse && r.inUseOriginalValue().compareTo(r.totalOriginalValue()) > 0) {
            v.add("inUseOriginalValue", ErrorCodes.OUT_OF_RANGE, "在用固定资产原值不能大于固定资产原值合计");
        }
        Agency agency = hasAgency ? session.agency(r.agencyCode()) : null;
        if (hasAgency && agency == null) {
            v.add("agencyCode", ErrorCode.UNKNOWN_AGENCY, "预算单位 " + r.agencyCode() + " 尚未登记，请先登记预算单位");
        }
        return agency;
    }

    private static String key(String agencyCode, java.time.LocalDate date) {
        return agencyCode + "@" + date;
    }
}
