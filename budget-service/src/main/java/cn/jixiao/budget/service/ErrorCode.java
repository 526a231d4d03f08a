package cn.jixiao.budget.service;

/** Machine-readable codes of {@link cn.jixiao.budget.api.FieldError}; documented in docs/api.md. */
public final class ErrorCode {

    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String INVALID_SCALE = "INVALID_SCALE";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
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
    public static final String MALFORMED = "MALFORMED";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String INVALID_TYPE = "INVALID_TYPE";
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";

    private ErrorCode() {
    }
}
