package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.cluster.Lease;
import io.sipush.ppg.cluster.LeaseStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The lease table {@code PPG_PARTITION} (one row per partition: owner, lease end) and the
 * instance table {@code PPG_INSTANCE} (one row per live instance: last heartbeat), created at
 * start if missing. Times are epoch milliseconds of the instances' clocks, which must agree to
 * well within a quarter of the lease (NTP). Standard SQL only (Derby and PostgreSQL); each
 * statement commits on its own.
 */
@ApplicationScoped
public class JdbcLeaseStore implements LeaseStore {
    private static final String[] TABLES = {
        "CREATE TABLE PPG_PARTITION (PART INTEGER NOT NULL PRIMARY KEY, OWNER VARCHAR(128),"
                + " EXPIRES_AT BIGINT NOT NULL)",
        "CREATE TABLE PPG_INSTANCE (INSTANCE_ID VARCHAR(128) NOT NULL PRIMARY KEY,"
                + " HEARTBEAT_AT BIGINT NOT NULL, STARTED_AT BIGINT NOT NULL)"
    };

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    private volatile Boolean shared;

    @Override
    public boolean shared() {
        Boolean known = shared;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = !c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("derby");
            } catch (SQLException e) {
                throw new IllegalStateException("store not reachable: " + e.getMessage(), e);
            }
            shared = known;
        }
        return known;
    }

    @Override
    public int ensurePartitions(int count) {
        try (Connection c = dataSource.getConnection()) {
            createTables(c);
            if (partitionCount(c) == 0) {
                insertPartitions(c, count);
            }
            return partitionCount(c);
        } catch (SQLException e) {
            throw new IllegalStateException("lease table not ready: " + e.getMessage(), e);
        }
    }

    private static void createTables(Connection c) throws SQLException {
        for (String ddl : TABLES) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(ddl);
            } catch (SQLException e) {
                // There already (or created by another instance at the same moment): checked below.
            }
        }
    }

    private static void insertPartitions(Connection c, int count) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO PPG_PARTITION (PART, OWNER, EXPIRES_AT) VALUES (?, NULL, 0)")) {
            for (int partition = 0; partition < count; partition++) {
                s.setInt(1, partition);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            // Another instance inserted them first: the count tells.
        }
    }

    private static int partitionCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PPG_PARTITION")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void heartbeat(String instanceId, Instant now) {
        long at = now.toEpochMilli();
        int updated = update("UPDATE PPG_INSTANCE SET HEARTBEAT_AT = ? WHERE INSTANCE_ID = ?", s -> {
            s.setLong(1, at);
            s.setString(2, instanceId);
        });
        if (updated == 0) {
            update("INSERT INTO PPG_INSTANCE (INSTANCE_ID, HEARTBEAT_AT, STARTED_AT) VALUES (?, ?, ?)", s -> {
                s.setString(1, instanceId);
                s.setLong(2, at);
                s.setLong(3, at);
            });
        }
    }

    @Override
    public List<String> liveInstances(Instant since) {
        List<String> live = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT INSTANCE_ID FROM PPG_INSTANCE WHERE HEARTBEAT_AT > ? ORDER BY INSTANCE_ID")) {
            s.setLong(1, since.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    live.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("instances not read: " + e.getMessage(), e);
        }
        return live;
    }

    @Override
    public void leave(String instanceId) {
        update(
                "UPDATE PPG_PARTITION SET OWNER = NULL, EXPIRES_AT = 0 WHERE OWNER = ?",
                s -> s.setString(1, instanceId));
        update("DELETE FROM PPG_INSTANCE WHERE INSTANCE_ID = ?", s -> s.setString(1, instanceId));
    }

    @Override
    public List<Lease> leases() {
        List<Lease> leases = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT PART, OWNER, EXPIRES_AT FROM PPG_PARTITION ORDER BY PART")) {
            while (rs.next()) {
                leases.add(new Lease(rs.getInt(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("leases not read: " + e.getMessage(), e);
        }
        return leases;
    }

    @Override
    public Set<Integer> renew(String instanceId, Instant now, Instant until) {
        long untilMillis = until.toEpochMilli();
        update("UPDATE PPG_PARTITION SET EXPIRES_AT = ? WHERE OWNER = ? AND EXPIRES_AT > ?", s -> {
            s.setLong(1, untilMillis);
            s.setString(2, instanceId);
            s.setLong(3, now.toEpochMilli());
        });
        Set<Integer> renewed = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT PART FROM PPG_PARTITION WHERE OWNER = ? AND EXPIRES_AT = ?")) {
            s.setString(1, instanceId);
            s.setLong(2, untilMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    renewed.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("leases not read: " + e.getMessage(), e);
        }
        return renewed;
    }

    @Override
    public boolean take(int partition, String instanceId, Instant now, Instant until) {
        return update(
                        "UPDATE PPG_PARTITION SET OWNER = ?, EXPIRES_AT = ? WHERE PART = ?"
                                + " AND (OWNER IS NULL OR EXPIRES_AT <= ?)",
                        s -> {
                            s.setString(1, instanceId);
                            s.setLong(2, until.toEpochMilli());
                            s.setInt(3, partition);
                            s.setLong(4, now.toEpochMilli());
                        })
                == 1;
    }

    @Override
    public void release(int partition, String instanceId) {
        update("UPDATE PPG_PARTITION SET OWNER = NULL, EXPIRES_AT = 0 WHERE PART = ? AND OWNER = ?", s -> {
            s.setInt(1, partition);
            s.setString(2, instanceId);
        });
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("lease table not written: " + e.getMessage(), e);
        }
    }
}
