package cn.jixiao.platform.security;

/** The roles of the bearer token's {@code groups} claim; each endpoint names the ones it admits. */
public final class Roles {

    /** A county finance system pushing the ledger (machine to machine). */
    public static final String FINANCE_SYSTEM = "finance-system";
    /** The finance bureau: reads every agency, reviews and publishes. */
    public static final String FINANCE_BUREAU = "finance-bureau";
    /** A department: reads and writes only the agency named in its token's {@link AgencyAccess#AGENCY_CLAIM}. */
    public static final String DEPARTMENT = "department";

    private Roles() {
    }
}
