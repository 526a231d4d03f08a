package cn.jixiao.budget.service;

/**
 * The ledger's own codes of {@link cn.jixiao.platform.problem.FieldError}, beside the platform's
 * {@link cn.jixiao.platform.problem.ErrorCodes}; documented in docs/api.md.
 */
public final class ErrorCode {

    public static final String INVALID_SCALE = "INVALID_SCALE";
    public static final String ZERO_AMOUNT = "ZERO_AMOUNT";
    public static final String INVALID_SIGN = "INVALID_SIGN";
    public static final String UNKNOWN_AGENCY = "UNKNOWN_AGENCY";
    public static final String UNKNOWN_BUDGET_LINE = "UNKNOWN_BUDGET_LINE";
    public static final String UNKNOWN_PAYMENT = "UNKNOWN_PAYMENT";
    public static final String MISMATCH = "MISMATCH";
    public static final String NOT_AN_ORIGINAL = "NOT_AN_ORIGINAL";
    public static final String DATE_OUTSIDE_YEAR = "DATE_OUTSIDE_YEAR";
    public static final String NEGATIVE_BALANCE = "NEGATIVE_BALANCE";
    public static final String REVERSAL_EXCEEDS_ORIGINAL = "REVERSAL_EXCEEDS_ORIGINAL";
    public static final String CONFLICT = "CONFLICT";
    public static final String BATCH_SIZE = "BATCH_SIZE";

    private ErrorCode() {
    }
}
