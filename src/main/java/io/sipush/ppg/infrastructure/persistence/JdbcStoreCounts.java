package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.monitoring.StoreCounts;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.notification.NotificationState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The gauges' counts, each one COUNT over the entries of an index whose first column is the state.
 * Derby counted the pending deliveries by reading the whole delivery table (session 10, read with
 * {@code ij}); its {@code --DERBY-PROPERTIES} comments name the index, PostgreSQL reads them as
 * comments.
 */
@ApplicationScoped
public class JdbcStoreCounts implements StoreCounts {
    private static final String PENDING_DELIVERIES =
            "SELECT COUNT(*) FROM PPG_DELIVERY --DERBY-PROPERTIES index=PPG_DELIVERY_WORK\n WHERE STATE = ?";
    private static final String PENDING_NOTIFICATIONS = "SELECT COUNT(*) FROM PPG_RESULT_NOTIFICATION"
            + " --DERBY-PROPERTIES index=PPG_RESULT_NOTIFICATION_DUE\n WHERE STATE = ?";

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    @Override
    public long pendingDeliveries() {
        return count(PENDING_DELIVERIES, MessageState.PENDING.name());
    }

    @Override
    public long pendingResultNotifications() {
        return count(PENDING_NOTIFICATIONS, NotificationState.PENDING.name());
    }

    private long count(String query, String state) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, state);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("count not read: " + e.getMessage(), e);
        }
    }
}
