package cn.jixiao.platform.problem;

import java.sql.SQLException;

/** What a failure from the database means for the caller, read from the SQLSTATE in its cause chain. */
enum DatabaseFailures {
    /** A lock wait over {@code lock_timeout} (55P03). */
    LOCK_TIMEOUT,
    /** A statement over {@code statement_timeout} (57014). */
    STATEMENT_TIMEOUT,
    /** Serialisation failure, deadlock, no connection, too many connections, shutting down: try again later. */
    BUSY,
    /** A value the database refuses as data (class 22): input that validation let through. */
    INVALID_DATA,
    /** Not a database failure, or one that says nothing to the caller. */
    OTHER;

    static DatabaseFailures of(Throwable e) {
        String state = sqlState(e);
        if ("55P03".equals(state)) {
            return LOCK_TIMEOUT;
        }
        if ("57014".equals(state)) {
            return STATEMENT_TIMEOUT;
        }
        if (state != null && (state.equals("40001") || state.equals("40P01") || state.startsWith("08")
                || state.startsWith("53") || state.startsWith("57P")) || poolExhausted(e)) {
            return BUSY;
        }
        if (state != null && state.startsWith("22")) {
            return INVALID_DATA;
        }
        return OTHER;
    }

    /** The SQLSTATE of the first SQLException in the cause chain that has one, or null. */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Agroal gave no connection in time (its SQLException has no SQLSTATE). */
    private static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
