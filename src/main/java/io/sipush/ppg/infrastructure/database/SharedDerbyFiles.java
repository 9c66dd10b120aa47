package io.sipush.ppg.infrastructure.database;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises Derby's refusal to boot a database that another JVM has booted (SQLState {@code
 * XSDB6}, "Another instance of Derby may have already booted the database"), wherever it sits in
 * the exception chain that the data source hands back, and words the refusal for an operator.
 */
public final class SharedDerbyFiles {
    /** Derby: another JVM holds the database's lock file ({@code db.lck}). */
    static final String ALREADY_BOOTED = "XSDB6";

    private SharedDerbyFiles() {}

    /** The XSDB6 exception in {@code failure}'s causes and next exceptions, if there is one. */
    public static Optional<SQLException> alreadyBooted(Throwable failure) {
        Deque<Throwable> toVisit = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toVisit.add(failure);
        while (!toVisit.isEmpty()) {
            Throwable current = toVisit.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                if (ALREADY_BOOTED.equals(sql.getSQLState())) {
                    return Optional.of(sql);
                }
                Optional.ofNullable(sql.getNextException()).ifPresent(toVisit::add);
            }
            Optional.ofNullable(current.getCause()).ifPresent(toVisit::add);
        }
        return Optional.empty();
    }

    /** The line an operator reads: what happened, why, and what to do instead. */
    public static String refusal(SQLException alreadyBooted) {
        return "PPG refused to start: its embedded Derby database is already in use by another PPG"
                + " instance (Derby " + ALREADY_BOOTED + ": " + alreadyBooted.getMessage() + ")."
                + " Embedded Derby serves one instance only. To run several instances as one PPG,"
                + " give every instance the same PostgreSQL database: PPG_DB=jdbc:postgresql://host:5432/ppg"
                + " with PPG_DB_USER and PPG_DB_PASSWORD (README \"PostgreSQL\"); or give this instance"
                + " its own PPG_DATA_DIR.";
    }
}
