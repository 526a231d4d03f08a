package cn.jixiao.report.security;

/** The roles of the bearer token's {@code groups} claim that report-service admits; portals need no token. */
public final class Roles {

    public static final String FINANCE_BUREAU = "finance-bureau";
    public static final String DEPARTMENT = "department";

    private Roles() {
    }
}
