package io.sipush.ppg.infrastructure.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Small JDBC helpers shared by the plain-JDBC repositories. */
final class SqlStates {
    /** SQLSTATE of a unique or primary key violation (SQL standard; Derby and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {}

    /** True when the exception, or one chained to it, is a unique key violation. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
            for (Throwable cause = x.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
