package io.sipush.ppg.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One JDBC transaction of the plain-JDBC hot path: a connection from the pool, auto-commit off,
 * the work, then commit; any failure rolls back. The connection goes back to the pool with
 * auto-commit on, as the pool handed it out.
 */
final class LocalTransaction {
    /** Work inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private LocalTransaction() {}

    static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
