package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.PushCounts;
import io.sipush.ppg.push.PushStatisticsRepository;
import io.sipush.ppg.push.notification.NotificationState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** Counts with aggregate queries, so that no row is loaded. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPushStatisticsRepository implements PushStatisticsRepository {
    private static final String PENDING = "SELECT COUNT(d) FROM Delivery d WHERE d.state = :pending AND ";

    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public PushCounts counts() {
        Map<NotificationState, Long> notifications = notificationsByState();
        return new PushCounts(
                em.createQuery("SELECT COUNT(p) FROM Push p", Long.class).getSingleResult(),
                deliveriesByState(),
                pending("d.dispatchedAt IS NOT NULL"),
                pending("d.dispatchedAt IS NULL AND d.nextAttemptAt IS NOT NULL AND d.attempts > 0"),
                pending("d.dispatchedAt IS NULL AND d.nextAttemptAt IS NULL"),
                notifications.getOrDefault(NotificationState.PENDING, 0L),
                notifications.getOrDefault(NotificationState.ABANDONED, 0L));
    }

    private Map<MessageState, Long> deliveriesByState() {
        Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
        List<Object[]> rows = em.createQuery(
                        "SELECT d.state, COUNT(d) FROM Delivery d GROUP BY d.state", Object[].class)
                .getResultList();
        rows.forEach(row -> counts.put((MessageState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<NotificationState, Long> notificationsByState() {
        Map<NotificationState, Long> counts = new EnumMap<>(NotificationState.class);
        List<Object[]> rows = em.createQuery(
                        "SELECT n.state, COUNT(n) FROM ResultNotification n GROUP BY n.state", Object[].class)
                .getResultList();
        rows.forEach(row -> counts.put((NotificationState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private long pending(String condition) {
        return em.createQuery(PENDING + condition, Long.class)
                .setParameter("pending", MessageState.PENDING)
                .getSingleResult();
    }
}
