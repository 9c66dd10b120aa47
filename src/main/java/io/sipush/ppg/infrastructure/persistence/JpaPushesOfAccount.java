package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pap.MessageState;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/**
 * Removes every push of one PI account with its deliveries and result notifications: the traces
 * of the PPG's own warm-up at start, which no PI and no statistics may see afterwards.
 */
@ApplicationScoped
public class JpaPushesOfAccount {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    /** Deliveries of {@code piName}'s pushes that have not reached a final state. */
    @Transactional
    public long pending(String piName) {
        return em.createQuery(
                        "SELECT COUNT(d) FROM Delivery d WHERE d.push.piName = :pi AND d.state = :pending", Long.class)
                .setParameter("pi", piName)
                .setParameter("pending", MessageState.PENDING)
                .getSingleResult();
    }

    /** Removes the pushes of {@code piName}; how many pushes it removed. */
    @Transactional
    public int removeAll(String piName) {
        em.createQuery("DELETE FROM ResultNotification n WHERE n.piName = :pi")
                .setParameter("pi", piName)
                .executeUpdate();
        em.createQuery("DELETE FROM Delivery d WHERE d.push IN (SELECT p FROM Push p WHERE p.piName = :pi)")
                .setParameter("pi", piName)
                .executeUpdate();
        return em.createQuery("DELETE FROM Push p WHERE p.piName = :pi")
                .setParameter("pi", piName)
                .executeUpdate();
    }
}
