package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushBatchRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.sql.DataSource;

/**
 * Inserts new pushes and their deliveries with JDBC batches, one transaction per batch, into the
 * tables of the {@link Push} and {@link Delivery} entities. Standard SQL only (Derby and
 * PostgreSQL).
 */
@ApplicationScoped
public class JdbcPushBatchRepository implements PushBatchRepository {
    private static final String INSERT_PUSH = "INSERT INTO PPG_PUSH (ID, PI_NAME, PUSH_ID, PAPVERSION, RECEIVEDAT,"
            + " DELIVERBEFORE, DELIVERAFTER, SOURCEREFERENCE, NOTIFYREQUESTEDTO, PRIORITY, DELIVERYMETHOD,"
            + " CONTENTTYPE, APPLICATIONID, CONTENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DELIVERY = DeliveryTable.insert();

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    @Inject
    JdbcKeys keys;

    @Override
    public void addAll(List<Push> pushes) throws DuplicatePushIdException {
        for (Push push : pushes) {
            if (push.id() == null) {
                push.assignKeys(keys.next(JdbcKeys.PUSH_KEYS), () -> keys.next(JdbcKeys.DELIVERY_KEYS));
            }
        }
        try {
            LocalTransaction.run(dataSource, c -> {
                insert(c, pushes);
                return null;
            });
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new DuplicatePushIdException(
                        pushes.size() == 1 ? pushes.get(0).pushId() : "(one of a batch)");
            }
            throw new IllegalStateException("pushes not stored: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, List<Push> pushes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT_PUSH);
                PreparedStatement d = c.prepareStatement(INSERT_DELIVERY)) {
            for (Push push : pushes) {
                bindPush(p, push);
                p.addBatch();
                for (Delivery delivery : push.deliveries()) {
                    bindDelivery(d, push, delivery);
                    d.addBatch();
                }
            }
            p.executeBatch();
            d.executeBatch();
        }
    }

    private static void bindPush(PreparedStatement p, Push push) throws SQLException {
        p.setLong(1, push.id());
        p.setString(2, push.piName());
        p.setString(3, push.pushId());
        p.setString(4, push.papVersion().name());
        p.setLong(5, push.receivedAt().toEpochMilli());
        setMillis(p, 6, push.deliverBefore().orElse(null));
        setMillis(p, 7, push.deliverAfter().orElse(null));
        p.setString(8, push.sourceReference().orElse(null));
        p.setString(9, push.notifyRequestedTo().orElse(null));
        p.setString(10, push.priority().name());
        p.setString(11, push.deliveryMethod().name());
        p.setString(12, push.contentType());
        p.setString(13, push.applicationId());
        p.setBytes(14, push.content());
    }

    private static void bindDelivery(PreparedStatement d, Push push, Delivery delivery) throws SQLException {
        d.setLong(1, delivery.id());
        d.setLong(2, push.id());
        d.setInt(3, delivery.position());
        d.setString(4, delivery.papAddress());
        d.setString(5, delivery.aor());
        d.setInt(6, delivery.priorityRank());
        d.setInt(7, delivery.partition());
        DeliveryTable.bindStepColumns(d, 8, delivery.toRow());
    }

    private static void setMillis(PreparedStatement p, int index, java.time.Instant at) throws SQLException {
        if (at == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, at.toEpochMilli());
        }
    }
}
