package cn.jixiao.platform.problem;

/** The {@link FieldError} codes every service uses for the same faults of a request; services add their own. */
public final class ErrorCodes {

    /** Not JSON at all, or not the JSON shape the endpoint reads. */
    public static final String MALFORMED = "MALFORMED";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
    /** A value of the wrong JSON type: a quoted number, a number for a text, a fraction for an integer. */
    public static final String INVALID_TYPE = "INVALID_TYPE";
    /** Text holding NUL, another control character (tab, line feed, carriage return excepted) or a lone surrogate. */
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** Nesting, a number or a text beyond the parser's limits. */
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    private ErrorCodes() {
    }
}
