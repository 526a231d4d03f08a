package cn.jixiao.budget.security;

/** The roles of the bearer token's {@code groups} claim. */
public final class Roles {

    /** A county finance system pushing the ledger (machine to machine). */
    public static final String FINANCE_SYSTEM = "finance-system";
    /** The finance bureau: reads every agency. */
    public static final String FINANCE_BUREAU = "finance-bureau";
    /** A department: reads only the agency named in its token's {@code agencyCode} claim. */
    public static final String DEPARTMENT = "department";

    private Roles() {
    }
}
