package cn.jixiao.budget.event;

/** The {@code type} values of {@link LedgerEnvelope}. */
public final class EventType {

    public static final String AGENCY_REGISTERED = "AgencyRegistered";
    public static final String AGENCY_UPDATED = "AgencyUpdated";
    public static final String BUDGET_LINE_RECORDED = "BudgetLineRecorded";
    public static final String BUDGET_LINE_ADJUSTED = "BudgetLineAdjusted";
    public static final String PAYMENT_RECORDED = "PaymentRecorded";
    public static final String PAYMENT_REVERSED = "PaymentReversed";
    public static final String ASSET_SNAPSHOT_RECORDED = "AssetSnapshotRecorded";

    private EventType() {
    }
}
