package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.push.notification.NotificationState;
import io.sipush.ppg.push.notification.ResultNotification;
import io.sipush.ppg.push.notification.ResultNotificationRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** Result notifications in the database; row locks keep two claims of one notification apart. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaResultNotificationRepository implements ResultNotificationRepository {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public void add(ResultNotification notification) {
        em.persist(notification);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResultNotification> find(long notificationId) {
        return Optional.ofNullable(em.find(ResultNotification.class, notificationId));
    }

    @Override
    public Optional<ResultNotification> findForUpdate(long notificationId) {
        return Optional.ofNullable(em.find(ResultNotification.class, notificationId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT n.id FROM ResultNotification n WHERE n.state = :pending AND n.nextAttemptAt <= :now "
                                + "AND (n.claimedUntil IS NULL OR n.claimedUntil <= :now) ORDER BY n.nextAttemptAt",
                        Long.class)
                .setParameter("pending", NotificationState.PENDING)
                .setParameter("now", now.toEpochMilli())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<ResultNotification> forDelivery(long deliveryId) {
        return em.createQuery(
                        "SELECT n FROM ResultNotification n WHERE n.deliveryId = :delivery", ResultNotification.class)
                .setParameter("delivery", deliveryId)
                .getResultStream()
                .findFirst();
    }
}
