package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.monitoring.StoreCounts;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.notification.NotificationState;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** The gauges' counts, each one COUNT over an index whose first column is the state. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaStoreCounts implements StoreCounts {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public long pendingDeliveries() {
        return em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.state = :pending", Long.class)
                .setParameter("pending", MessageState.PENDING)
                .getSingleResult();
    }

    @Override
    public long pendingResultNotifications() {
        return em.createQuery("SELECT COUNT(n) FROM ResultNotification n WHERE n.state = :pending", Long.class)
                .setParameter("pending", NotificationState.PENDING)
                .getSingleResult();
    }
}
