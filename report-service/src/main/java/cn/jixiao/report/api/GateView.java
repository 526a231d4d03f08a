package cn.jixiao.report.api;

import java.time.Instant;

import cn.jixiao.report.repository.PublishingGate;

/** A region's publishing gate as served: advisory ({@code blockOnErrors} false, never set) unless configured. */
public record GateView(String mofDivCode, boolean blockOnErrors, Instant updatedAt, String updatedBy) {

    /** The bureau's setting. */
    public record GateRequest(Boolean blockOnErrors) {
    }

    public static GateView of(String mofDivCode, PublishingGate gate) {
        return gate == null ? new GateView(mofDivCode, false, null, null)
                : new GateView(gate.mofDivCode, gate.blockOnErrors, gate.updatedAt, gate.updatedBy);
    }
}
