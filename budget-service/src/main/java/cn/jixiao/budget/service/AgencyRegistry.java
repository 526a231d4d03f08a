package cn.jixiao.budget.service;

import static cn.jixiao.budget.service.FieldRules.code;
import static cn.jixiao.budget.service.FieldRules.required;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import cn.jixiao.budget.api.AgencyRequest;
import cn.jixiao.budget.api.Batch;
import cn.jixiao.budget.api.IngestResult;
import cn.jixiao.budget.event.EventType;
import cn.jixiao.budget.mapping.LedgerMapper;
import cn.jixiao.budget.outbox.OutboxWriter;
import cn.jixiao.budget.repository.Agency;
import cn.jixiao.platform.problem.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Registers agencies and keeps their descriptive data current. Unlike ledger rows an agency may change (a new name,
 * new staffing): the change is recorded as AgencyUpdated; resending the same data changes nothing.
 */
@ApplicationScoped
public class AgencyRegistry {

    private final OutboxWriter outbox;

    AgencyRegistry(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Registers or updates the agency named in the path; a body naming another agency is refused. */
    @Transactional
    public IngestResult put(String agencyCode, AgencyRequest body) {
        if (body != null && body.agencyCode() != null && !body.agencyCode().equals(agencyCode)) {
            Violations v = new Violations();
            v.add("agencyCode", ErrorCode.MISMATCH, "请求体中的预算单位编码 " + body.agencyCode() + " 与路径中的 " + agencyCode + " 不一致");
            v.throwIfAny();
        }
        AgencyRequest item = body == null ? null : body.withAgencyCode(agencyCode);
        return ingest(Collections.singletonList(item), false).get(0);
    }

    @Transactional
    public List<IngestResult> batch(Batch<AgencyRequest> batch) {
        return ingest(BatchItems.of(batch), true);
    }

    private List<IngestResult> ingest(List<AgencyRequest> items, boolean batch) {
        LedgerSession session = LedgerSession.lock(items.stream().filter(Objects::nonNull)
                .map(AgencyRequest::agencyCode).toList());
        Violations v = new Violations();
        List<Agency> registered = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Integer index = BatchItems.index(batch, i);
            v.at(index);
            AgencyRequest item = items.get(i);
            if (item == null) {
                v.add("items", ErrorCodes.REQUIRED, "条目不能为空");
                continue;
            }
            int before = v.size();
            validate(v, item);
            if (v.size() > before) {
                continue;
            }
            Agency agency = session.agency(item.agencyCode());
            String type;
            if (agency == null) {
                agency = new Agency();
                agency.registeredAt = session.now();
                LedgerMapper.apply(item, agency);
                session.register(agency);
                registered.add(agency);
                type = EventType.AGENCY_REGISTERED;
            } else if (LedgerMapper.differences(agency, item).isEmpty()) {
                results.add(new IngestResult(index, agency.agencyCode, IngestResult.DUPLICATE, agency.lastSequence));
                continue;
            } else {
                LedgerMapper.apply(item, agency);
                type = EventType.AGENCY_UPDATED;
            }
            long sequence = session.record(agency, type, null, LedgerMapper.toData(agency));
            results.add(new IngestResult(index, agency.agencyCode,
                    type.equals(EventType.AGENCY_REGISTERED) ? IngestResult.CREATED : IngestResult.UPDATED, sequence));
        }
        v.throwIfAny();
        Agency.persist(registered);
        outbox.append(session.events());
        return results;
    }

    private static void validate(Violations v, AgencyRequest r) {
        if (required(v, "agencyCode", r.agencyCode())) {
            code(v, "agencyCode", r.agencyCode(), FieldRules.AGENCY_CODE, "3–32 位字母或数字");
        }
        if (required(v, "agencyName", r.agencyName())) {
            FieldRules.text(v, "agencyName", r.agencyName(), 200);
        }
        if (required(v, "mofDivCode", r.mofDivCode())) {
            code(v, "mofDivCode", r.mofDivCode(), FieldRules.MOF_DIV_CODE, "6 位或 9 位数字");
        }
        if (required(v, "authorizedStaff", r.authorizedStaff()) && r.authorizedStaff() < 0) {
            v.add("authorizedStaff", ErrorCodes.OUT_OF_RANGE, "编制数不能为负数");
        }
        if (required(v, "actualStaff", r.actualStaff()) && r.actualStaff() < 0) {
            v.add("actualStaff", ErrorCodes.OUT_OF_RANGE, "实有人数不能为负数");
        }
    }
}
