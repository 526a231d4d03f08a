package cn.jixiao.evaluation.ledger;

import java.sql.SQLException;

/** Tells a failure of the database itself (every agency is affected: wait) from a failure of one agency's data. */
final class LedgerFailures {

    private LedgerFailures() {
    }

    /**
     * True when the database cannot be reached or is shutting down (SQLSTATE classes 08, 53, 57P) or no connection
     * could be had: retrying until it is back is right, and quarantining the agency would be wrong.
     */
    static boolean isInfrastructure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null ? String.valueOf(sql.getMessage()).contains("acquisition timeout")
                        : state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, which names what the database refused (e.g. a numeric overflow). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip();
    }
}
