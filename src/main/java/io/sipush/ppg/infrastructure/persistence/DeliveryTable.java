package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.Delivery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The table {@code PPG_DELIVERY} of the {@link Delivery} entity as the plain-JDBC stores read and
 * write it: every column is named here once, and a {@link Delivery.Row} (the columns a step
 * changes) is read from and bound to statements here, in one column order.
 */
final class DeliveryTable {
    static final String TABLE = "PPG_DELIVERY";

    static final String ID = "ID";
    static final String PUSH = "PUSH_ID_FK";
    static final String POSITION = "POSITION";
    static final String PAP_ADDRESS = "PAPADDRESS";
    static final String AOR = "AOR";
    static final String PART = "PART";
    static final String STATE = "STATE";
    static final String EVENT_TIME = "EVENTTIME";
    static final String NEXT_ATTEMPT_AT = "NEXT_ATTEMPT_AT";
    static final String DISPATCHED_AT = "DISPATCHEDAT";
    static final String ATTEMPTS = "ATTEMPTS";
    static final String LAST_SIP_STATUS = "LASTSIPSTATUS";
    static final String REASON = "REASON";
    static final String PRIORITY_RANK = "PRIORITY_RANK";
    static final String REDIRECT_URI = "REDIRECTURI";
    static final String REDIRECTED = "REDIRECTED";
    static final String HISTORY = "HISTORY";

    /** The columns of a {@link Delivery.Row} after its id, in the order of the record. */
    private static final List<String> STEP_COLUMNS = List.of(
            STATE,
            EVENT_TIME,
            NEXT_ATTEMPT_AT,
            DISPATCHED_AT,
            ATTEMPTS,
            LAST_SIP_STATUS,
            REASON,
            REDIRECT_URI,
            REDIRECTED,
            HISTORY);

    private DeliveryTable() {}

    /** {@code ID, STATE, …}: the columns of a row, for a SELECT. */
    static String rowColumns() {
        return ID + ", " + String.join(", ", STEP_COLUMNS);
    }

    /** The update of a row's step columns, if it is still in the state it was read in. */
    static String updateRow() {
        return "UPDATE " + TABLE + " SET " + String.join(" = ?, ", STEP_COLUMNS) + " = ? WHERE " + ID + " = ? AND "
                + STATE + " = ?";
    }

    /** The insert of a new delivery: its fixed columns, then its step columns. */
    static String insert() {
        List<String> fixed = List.of(ID, PUSH, POSITION, PAP_ADDRESS, AOR, PRIORITY_RANK, PART);
        int count = fixed.size() + STEP_COLUMNS.size();
        return "INSERT INTO " + TABLE + " (" + String.join(", ", fixed) + ", " + String.join(", ", STEP_COLUMNS)
                + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }

    /** Reads a row selected with {@link #rowColumns()}, starting at column {@code first}. */
    static Delivery.Row read(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new Delivery.Row(
                rs.getLong(c),
                MessageState.valueOf(rs.getString(c + 1)),
                rs.getLong(c + 2),
                nullableLong(rs, c + 3),
                nullableLong(rs, c + 4),
                rs.getInt(c + 5),
                nullableInt(rs, c + 6),
                rs.getString(c + 7),
                rs.getString(c + 8),
                rs.getBoolean(c + 9),
                rs.getString(c + 10));
    }

    /** Binds a row's step columns from parameter {@code first} on; returns the next parameter. */
    static int bindStepColumns(PreparedStatement s, int first, Delivery.Row row) throws SQLException {
        int c = first;
        s.setString(c, row.state().name());
        s.setLong(c + 1, row.eventTime());
        SqlStates.setLong(s, c + 2, row.nextAttemptAt());
        SqlStates.setLong(s, c + 3, row.dispatchedAt());
        s.setInt(c + 4, row.attempts());
        SqlStates.setInt(s, c + 5, row.lastSipStatus());
        s.setString(c + 6, row.reason());
        s.setString(c + 7, row.redirectUri());
        s.setBoolean(c + 8, row.redirected());
        s.setString(c + 9, row.history());
        return c + STEP_COLUMNS.size();
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
