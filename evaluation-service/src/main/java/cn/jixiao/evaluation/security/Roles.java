package cn.jixiao.evaluation.security;

/** The roles of the bearer token's {@code groups} claim that evaluation-service admits (finance systems only push the ledger). */
public final class Roles {

    public static final String FINANCE_BUREAU = "finance-bureau";
    public static final String DEPARTMENT = "department";

    private Roles() {
    }
}
