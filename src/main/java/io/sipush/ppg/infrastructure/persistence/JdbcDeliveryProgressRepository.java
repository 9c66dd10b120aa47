package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryProgressRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryTicket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The delivery engine's reads and writes with plain JDBC on the tables of the {@link Delivery}
 * and push entities. A batch of steps is one transaction: the rows are read, each step is applied
 * with the delivery's own state machine ({@link DeliveryStep#applyTo}), and the rows are written
 * back only where they are still pending, so a cancellation committed meanwhile wins. Standard
 * SQL only (Derby and PostgreSQL).
 */
@ApplicationScoped
public class JdbcDeliveryProgressRepository implements DeliveryProgressRepository {
    private static final int IN_LIST = 100;
    private static final int[] IN_SIZES = {1, 4, 16, IN_LIST};
    private static final String PENDING = MessageState.PENDING.name();
    private static final String TICKET_SELECT = "SELECT d.ID, d.PUSH_ID_FK, d.AOR, d.PRIORITY_RANK,"
            + " d.NEXT_ATTEMPT_AT, d.ATTEMPTS, d.REDIRECTED, d.REDIRECTURI, p.RECEIVEDAT, p.DELIVERBEFORE,"
            + " p.DELIVERYMETHOD, p.APPLICATIONID, p.CONTENTTYPE, p.NOTIFYREQUESTEDTO, p.PI_NAME, p.PUSH_ID";
    private static final String TICKET_COLUMNS =
            TICKET_SELECT + " FROM PPG_DELIVERY d JOIN PPG_PUSH p ON p.ID = d.PUSH_ID_FK WHERE d.STATE = ? AND ";
    /** The due work of partitions, in time or id order: from the work index. */
    private static final String DUE_TICKETS = ticketsThrough("PPG_DELIVERY_WORK");
    /** What waits for a terminal's registration: from its address's index. */
    private static final String PARKED_TICKETS = ticketsThrough("PPG_DELIVERY_AOR");

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    @Override
    public Set<Long> record(List<DeliveryStep> steps) {
        try {
            return LocalTransaction.run(
                    dataSource,
                    c -> write(
                            c,
                            steps,
                            read(c, steps.stream().map(DeliveryStep::deliveryId).toList())));
        } catch (SQLException e) {
            throw new IllegalStateException("delivery steps not stored: " + e.getMessage(), e);
        }
    }

    @Override
    public List<DeliveryTicket> dueBetween(
            Collection<Integer> partitions, Instant after, Instant until, boolean newPushesToo, int limit) {
        return dueTickets(
                "d.PART IN " + marks(partitions.size()) + " AND d.NEXT_ATTEMPT_AT > ? AND d.NEXT_ATTEMPT_AT <= ?"
                        + (newPushesToo ? "" : " AND d.NEXT_ATTEMPT_AT > p.RECEIVEDAT")
                        + " ORDER BY d.NEXT_ATTEMPT_AT",
                partitions,
                limit,
                after.toEpochMilli(),
                until.toEpochMilli());
    }

    @Override
    public List<DeliveryTicket> dueAfterId(Collection<Integer> partitions, Instant until, long afterId, int limit) {
        return dueTickets(
                "d.PART IN " + marks(partitions.size()) + " AND d.NEXT_ATTEMPT_AT <= ? AND d.ID > ? ORDER BY d.ID",
                partitions,
                limit,
                until.toEpochMilli(),
                afterId);
    }

    private List<DeliveryTicket> dueTickets(String where, Collection<Integer> partitions, int limit, long... values) {
        if (partitions.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(DUE_TICKETS + where)) {
            s.setMaxRows(limit);
            s.setString(1, PENDING);
            List<Integer> parts = List.copyOf(partitions);
            int size = padded(parts.size());
            for (int i = 0; i < size; i++) {
                s.setInt(2 + i, parts.get(Math.min(i, parts.size() - 1)));
            }
            for (int i = 0; i < values.length; i++) {
                s.setLong(2 + size + i, values[i]);
            }
            return tickets(s);
        } catch (SQLException e) {
            throw new IllegalStateException("due deliveries not read: " + e.getMessage(), e);
        }
    }

    @Override
    public int assignMissingPartitions() {
        try {
            return LocalTransaction.run(dataSource, c -> {
                Map<Long, String> aors = new HashMap<>();
                try (PreparedStatement s =
                        c.prepareStatement("SELECT ID, AOR FROM PPG_DELIVERY WHERE PART IS NULL AND STATE = ?")) {
                    s.setString(1, PENDING);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            aors.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
                try (PreparedStatement u = c.prepareStatement("UPDATE PPG_DELIVERY SET PART = ? WHERE ID = ?")) {
                    for (Map.Entry<Long, String> row : aors.entrySet()) {
                        u.setInt(1, Partitions.of(row.getValue()));
                        u.setLong(2, row.getKey());
                        u.addBatch();
                    }
                    if (!aors.isEmpty()) {
                        u.executeBatch();
                    }
                }
                return aors.size();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("partitions not assigned: " + e.getMessage(), e);
        }
    }

    private static Set<Long> write(Connection c, List<DeliveryStep> steps, Map<Long, Delivery> rows)
            throws SQLException {
        Map<Long, MessageState> stored = new HashMap<>();
        rows.forEach((id, d) -> stored.put(id, d.state()));
        List<Delivery> changed = new ArrayList<>();
        for (DeliveryStep step : steps) {
            Delivery delivery = rows.get(step.deliveryId());
            if (delivery != null && step.applyTo(delivery) && !changed.contains(delivery)) {
                changed.add(delivery);
            }
        }
        if (changed.isEmpty()) {
            return Set.of();
        }
        try (PreparedStatement u = c.prepareStatement(DeliveryTable.updateRow())) {
            for (Delivery delivery : changed) {
                Delivery.Row row = delivery.toRow();
                int next = DeliveryTable.bindStepColumns(u, 1, row);
                u.setLong(next, row.id());
                u.setString(next + 1, stored.get(row.id()).name());
                u.addBatch();
            }
            u.executeBatch();
        }
        Set<Long> applied = new HashSet<>();
        changed.forEach(d -> applied.add(d.id()));
        return applied;
    }

    private static Map<Long, Delivery> read(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Delivery> rows = new HashMap<>();
        for (List<Long> chunk : chunks(new LinkedHashSet<>(ids))) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + DeliveryTable.rowColumns() + " FROM " + DeliveryTable.TABLE + " WHERE "
                            + DeliveryTable.STATE + " = ? AND " + DeliveryTable.ID + " IN " + marks(chunk.size()))) {
                s.setString(1, PENDING);
                bindIds(s, 2, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Delivery d = Delivery.restore(DeliveryTable.read(rs, 1));
                        rows.put(d.id(), d);
                    }
                }
            }
        }
        return rows;
    }

    @Override
    public List<DeliveryTicket> pendingTickets(Collection<Long> deliveryIds) {
        List<DeliveryTicket> tickets = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (List<Long> chunk : chunks(new LinkedHashSet<>(deliveryIds))) {
                try (PreparedStatement s = c.prepareStatement(TICKET_COLUMNS + "d.ID IN " + marks(chunk.size()))) {
                    s.setString(1, PENDING);
                    bindIds(s, 2, chunk);
                    tickets.addAll(tickets(s));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deliveries not read: " + e.getMessage(), e);
        }
        return tickets;
    }

    @Override
    public List<DeliveryTicket> awaitingRegistration(String aor) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(PARKED_TICKETS
                        + "d.AOR = ? AND d.NEXT_ATTEMPT_AT IS NULL AND d.DISPATCHEDAT IS NULL ORDER BY d.ID")) {
            s.setString(1, PENDING);
            s.setString(2, aor);
            return tickets(s);
        } catch (SQLException e) {
            throw new IllegalStateException("deliveries not read: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] content(long pushKey) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT CONTENT FROM PPG_PUSH WHERE ID = ?")) {
            s.setLong(1, pushKey);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no push " + pushKey);
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("content of push " + pushKey + " not read: " + e.getMessage(), e);
        }
    }

    private static List<DeliveryTicket> tickets(PreparedStatement s) throws SQLException {
        List<DeliveryTicket> tickets = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Long next = DeliveryTable.nullableLong(rs, 5);
                Long before = DeliveryTable.nullableLong(rs, 10);
                tickets.add(new DeliveryTicket(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(15),
                        rs.getString(16),
                        rs.getString(3),
                        rs.getInt(4),
                        next == null ? null : Instant.ofEpochMilli(next),
                        rs.getInt(6),
                        rs.getBoolean(7),
                        rs.getString(8),
                        Instant.ofEpochMilli(rs.getLong(9)),
                        before == null ? null : Instant.ofEpochMilli(before),
                        DeliveryMethod.valueOf(rs.getString(11)),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14) != null,
                        null));
            }
        }
        return tickets;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }

    /**
     * The ticket query read through one index of the delivery table, each push by its key. Derby's
     * optimizer chose otherwise with the statistics of a busy store (session 10, read with
     * {@code ij}): for the poll a scan of the whole delivery table (115,493 rows for none due, every
     * 300 ms), for a registration the work index (every parked delivery of every terminal). Derby
     * takes the plan from {@code --DERBY-PROPERTIES} comments (its tuning guide, "Overriding the
     * default optimizer behavior"); for PostgreSQL they are comments.
     */
    private static String ticketsThrough(String index) {
        return TICKET_SELECT + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " PPG_DELIVERY d --DERBY-PROPERTIES index=" + index + "\n"
                + " JOIN PPG_PUSH p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + " ON p.ID = d.PUSH_ID_FK WHERE d.STATE = ? AND ";
    }

    /** An IN list of a few fixed sizes, so that the database compiles few distinct statements. */
    private static String marks(int n) {
        int size = padded(n);
        return "(" + "?, ".repeat(size - 1) + "?)";
    }

    private static int padded(int n) {
        for (int size : IN_SIZES) {
            if (n <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("IN list of " + n);
    }

    /** Binds the ids, repeating the last one to fill the padded list. */
    private static void bindIds(PreparedStatement s, int first, List<Long> ids) throws SQLException {
        int size = padded(ids.size());
        for (int i = 0; i < size; i++) {
            s.setLong(first + i, ids.get(Math.min(i, ids.size() - 1)));
        }
    }
}
