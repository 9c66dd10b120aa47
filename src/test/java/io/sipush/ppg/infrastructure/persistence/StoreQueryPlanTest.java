package io.sipush.ppg.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.push.DeliveryTicket;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plans Derby runs the engine's reads and the gauges' counts with, on a store that has
 * delivered many pushes: the
 * tables and indexes as the entities define them, the statistics brought up to date, and the plan
 * read back with Derby's runtime statistics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreQueryPlanTest {
    private static final int DELIVERED = 5_000;
    private static final long NOW = 1_800_000_000_000L;
    private static final Set<Integer> ALL =
            IntStream.range(0, Partitions.COUNT).boxed().collect(Collectors.toSet());

    private final List<Store> stores = new ArrayList<>();

    /** One store, its statistics taken before or after its pending deliveries came. */
    private record Store(
            String name, Connection connection, JdbcDeliveryProgressRepository repository, JdbcStoreCounts counts) {}

    @BeforeAll
    void storesWithHistory() throws SQLException {
        stores.add(store("statistics taken with nothing pending", false));
        stores.add(store("statistics taken with deliveries pending", true));
    }

    @AfterAll
    void close() throws SQLException {
        for (Store store : stores) {
            store.connection().close();
        }
    }

    @Test
    void the_poll_reads_what_came_due_through_the_work_index_not_the_whole_delivery_table() throws SQLException {
        for (Store store : stores) {
            List<DeliveryTicket> due = store.repository()
                    .dueBetween(ALL, Instant.ofEpochMilli(NOW - 100), Instant.ofEpochMilli(NOW), true, 500);

            assertEquals(List.of((long) DELIVERED), ids(due), store.name());
            assertReadThrough("PPG_DELIVERY", "PPG_DELIVERY_WORK", store);
        }
    }

    @Test
    void a_scan_reads_the_due_work_through_the_work_index_not_the_whole_delivery_table() throws SQLException {
        for (Store store : stores) {
            List<DeliveryTicket> due = store.repository().dueAfterId(ALL, Instant.ofEpochMilli(NOW), 0, 5_000);

            assertEquals(List.of((long) DELIVERED), ids(due), store.name());
            assertReadThrough("PPG_DELIVERY", "PPG_DELIVERY_WORK", store);
        }
    }

    @Test
    void a_registration_reads_its_terminals_parked_deliveries_through_the_address_index() throws SQLException {
        for (Store store : stores) {
            List<DeliveryTicket> parked = store.repository().awaitingRegistration("sip:offline@ims.example");

            assertEquals(List.of((long) DELIVERED + 1), ids(parked), store.name());
            assertReadThrough("PPG_DELIVERY", "PPG_DELIVERY_AOR", store);
        }
    }

    @Test
    void the_pending_deliveries_gauge_counts_the_work_index_entries_not_the_delivery_table() throws SQLException {
        for (Store store : stores) {
            assertEquals(2, store.counts().pendingDeliveries(), store.name());
            assertReadThrough("PPG_DELIVERY", "PPG_DELIVERY_WORK", store);
        }
    }

    @Test
    void the_pending_notifications_gauge_counts_the_due_index_entries_not_the_notification_table() throws SQLException {
        for (Store store : stores) {
            assertEquals(1, store.counts().pendingResultNotifications(), store.name());
            assertReadThrough("PPG_RESULT_NOTIFICATION", "PPG_RESULT_NOTIFICATION_DUE", store);
        }
    }

    private static void assertReadThrough(String table, String index, Store store) throws SQLException {
        String plan = store.name() + ":\n" + lastPlan(store.connection());
        assertTrue(plan.contains("Index Scan ResultSet for " + table + " using index " + index), plan);
        assertFalse(plan.contains("Table Scan ResultSet for PPG_"), plan);
    }

    private static List<Long> ids(List<DeliveryTicket> tickets) {
        return tickets.stream().map(DeliveryTicket::deliveryId).toList();
    }

    private static Store store(String name, boolean statisticsWithPending) throws SQLException {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:plans" + System.nanoTime());
        derby.setCreateDatabase("create");
        Connection connection = derby.getConnection();
        createTables(connection);
        for (int i = 0; i < DELIVERED; i++) {
            insert(connection, i, "sip:t" + (i % 1_000) + "@ims.example", "DELIVERED", NOW - 60_000 + i);
        }
        execute(connection, "INSERT INTO PPG_RESULT_NOTIFICATION SELECT ID, 1, 'SENT' FROM PPG_DELIVERY");
        if (!statisticsWithPending) {
            updateStatistics(connection);
        }
        execute(connection, "INSERT INTO PPG_RESULT_NOTIFICATION VALUES (-1, 1, 'PENDING')");
        insert(connection, DELIVERED, "sip:due@ims.example", "PENDING", NOW - 10);
        insert(connection, DELIVERED + 1, "sip:offline@ims.example", "PENDING", null);
        if (statisticsWithPending) {
            updateStatistics(connection);
        }
        execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        JdbcDeliveryProgressRepository repository = new JdbcDeliveryProgressRepository();
        repository.dataSource = sharing(connection);
        JdbcStoreCounts counts = new JdbcStoreCounts();
        counts.dataSource = repository.dataSource;
        return new Store(name, connection, repository, counts);
    }

    private static void updateStatistics(Connection connection) throws SQLException {
        for (String table : List.of("PPG_PUSH", "PPG_DELIVERY", "PPG_RESULT_NOTIFICATION")) {
            execute(connection, "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static void createTables(Connection connection) throws SQLException {
        execute(
                connection,
                "CREATE TABLE PPG_PUSH (ID BIGINT NOT NULL PRIMARY KEY, APPLICATIONID VARCHAR(128) NOT NULL,"
                        + " CONTENTTYPE VARCHAR(255) NOT NULL, DELIVERBEFORE BIGINT, DELIVERYMETHOD VARCHAR(16) NOT NULL,"
                        + " NOTIFYREQUESTEDTO VARCHAR(1024), PI_NAME VARCHAR(64) NOT NULL, PUSH_ID VARCHAR(255) NOT NULL,"
                        + " RECEIVEDAT BIGINT NOT NULL, CONSTRAINT PPG_PUSH_PI_PUSHID UNIQUE (PI_NAME, PUSH_ID))");
        execute(connection, "CREATE INDEX PPG_PUSH_DELIVER_BEFORE ON PPG_PUSH (DELIVERBEFORE)");
        execute(
                connection,
                "CREATE TABLE PPG_DELIVERY (ID BIGINT NOT NULL PRIMARY KEY, AOR VARCHAR(512) NOT NULL,"
                        + " ATTEMPTS INTEGER NOT NULL, DISPATCHEDAT BIGINT, NEXT_ATTEMPT_AT BIGINT, PART INTEGER,"
                        + " PRIORITY_RANK INTEGER NOT NULL, REDIRECTURI VARCHAR(1024), REDIRECTED SMALLINT DEFAULT 0,"
                        + " STATE VARCHAR(16) NOT NULL, PUSH_ID_FK BIGINT NOT NULL REFERENCES PPG_PUSH (ID))");
        execute(connection, "CREATE INDEX PPG_DELIVERY_WORK ON PPG_DELIVERY (STATE, NEXT_ATTEMPT_AT, PART)");
        execute(connection, "CREATE INDEX PPG_DELIVERY_AOR ON PPG_DELIVERY (AOR)");
        execute(connection, "CREATE INDEX PPG_DELIVERY_PUSH ON PPG_DELIVERY (PUSH_ID_FK)");
        execute(
                connection,
                "CREATE TABLE PPG_RESULT_NOTIFICATION (ID BIGINT NOT NULL PRIMARY KEY,"
                        + " NEXT_ATTEMPT_AT BIGINT, STATE VARCHAR(16) NOT NULL)");
        execute(
                connection,
                "CREATE INDEX PPG_RESULT_NOTIFICATION_DUE ON PPG_RESULT_NOTIFICATION (STATE, NEXT_ATTEMPT_AT)");
    }

    private static void insert(Connection connection, long id, String aor, String state, Long nextAttemptAt)
            throws SQLException {
        try (PreparedStatement push = connection.prepareStatement(
                        "INSERT INTO PPG_PUSH (ID, APPLICATIONID, CONTENTTYPE, DELIVERYMETHOD, PI_NAME, PUSH_ID,"
                                + " RECEIVEDAT) VALUES (?, 'x-oma-application:ulp.ua', 'text/plain', 'NOTSPECIFIED',"
                                + " 'dm-server', ?, ?)");
                PreparedStatement delivery = connection.prepareStatement(
                        "INSERT INTO PPG_DELIVERY (ID, AOR, ATTEMPTS, NEXT_ATTEMPT_AT, PART, PRIORITY_RANK, STATE,"
                                + " PUSH_ID_FK) VALUES (?, ?, 0, ?, ?, 1, ?, ?)")) {
            push.setLong(1, id);
            push.setString(2, "push-" + id);
            push.setLong(3, NOW - 120_000 + id);
            push.executeUpdate();
            delivery.setLong(1, id);
            delivery.setString(2, aor);
            delivery.setObject(3, nextAttemptAt);
            delivery.setInt(4, Partitions.of(aor));
            delivery.setString(5, state);
            delivery.setLong(6, id);
            delivery.executeUpdate();
        }
    }

    private static String lastPlan(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The one connection, left open by the repository, so that its last plan can be read. */
    private static DataSource sharing(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    return method.invoke(connection, args);
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
