package cn.jixiao.report.api;

import java.time.Instant;

/** A region's publishing gate as served: advisory ({@code blockOnErrors} false, never set) unless configured. */
public record GateView(String mofDivCode, boolean blockOnErrors, Instant updatedAt, String updatedBy) {

    /** The bureau's setting. */
    public record GateRequest(Boolean blockOnErrors) {
    }
}
