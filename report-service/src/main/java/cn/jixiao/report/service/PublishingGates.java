package cn.jixiao.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.report.api.GateView;
import cn.jixiao.report.api.ReportRefused;
import cn.jixiao.report.model.Finding;
import cn.jixiao.report.repository.PublishingGate;
import cn.jixiao.report.repository.ReportDraft;
import cn.jixiao.report.repository.ReportEvent;
import cn.jixiao.report.repository.ReportKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The finance bureau's publishing gate per region: advisory by default; when set, a report with error findings can
 * be neither submitted nor published, unless the bureau has overridden it with a recorded reason in the current round
 * (an "overridden" step not yet followed by "returned" or "published").
 */
@ApplicationScoped
public class PublishingGates {

    static final String ERROR_FINDING = "ERROR_FINDING";

    public GateView view(String mofDivCode) {
        return view(mofDivCode, PublishingGate.findById(mofDivCode));
    }

    @Transactional
    public GateView set(String mofDivCode, GateView.GateRequest request, String caller) {
        if (request == null || request.blockOnErrors() == null) {
            throw ReportRefused.invalid(List.of(new FieldError("blockOnErrors", "REQUIRED",
                    "须写明是否以错误阻止提交和发布（true 或 false）")));
        }
        PublishingGate gate = PublishingGate.findById(mofDivCode);
        if (gate == null) {
            gate = new PublishingGate();
            gate.mofDivCode = mofDivCode;
        }
        gate.blockOnErrors = request.blockOnErrors();
        gate.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        gate.updatedBy = caller;
        gate.persist();
        return view(mofDivCode, gate);
    }

    /** 409 when the region blocks, the report has error findings and no override of this round is recorded. */
    static void requireClear(ReportKey key, ReportAssembly.Result assembled, String action) {
        if (!PublishingGate.blocks(assembled.mofDivCode()) || overridden(key)) {
            return;
        }
        List<Finding> errors = assembled.report().findings().stream().filter(f -> "error".equals(f.severity()))
                .toList();
        if (!errors.isEmpty()) {
            throw ReportRefused.blockedByFindings("本地区（财政区划 " + assembled.mofDivCode() + "）要求报告没有错误方可"
                    + action + "，本报告有 " + errors.size() + " 项错误。请更正后重试，或由财政部门记录放行理由后再" + action
                    + "。", errors.stream().map(f -> new FieldError(f.where(), ERROR_FINDING, f.message())).toList());
        }
    }

    /** Whether the latest override, return or publication is an override. */
    static boolean overridden(ReportKey key) {
        List<ReportEvent> events = ReportEvent.of(key);
        for (int i = events.size() - 1; i >= 0; i--) {
            String action = events.get(i).action;
            if (ReportEvent.OVERRIDDEN.equals(action)) {
                return true;
            }
            if (ReportDraft.RETURNED.equals(action) || ReportDraft.PUBLISHED.equals(action)) {
                return false;
            }
        }
        return false;
    }

    private static GateView view(String mofDivCode, PublishingGate gate) {
        return gate == null ? new GateView(mofDivCode, false, null, null)
                : new GateView(gate.mofDivCode, gate.blockOnErrors, gate.updatedAt, gate.updatedBy);
    }
}
