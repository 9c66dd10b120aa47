package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** Deliveries in the database; row locks keep two attempts of one delivery apart. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaDeliveryRepository implements DeliveryRepository {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Delivery> find(long deliveryId) {
        return Optional.ofNullable(em.find(Delivery.class, deliveryId));
    }

    @Override
    public Optional<Delivery> findForUpdate(long deliveryId) {
        return Optional.ofNullable(em.find(Delivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> overdue(Instant since, Instant now, Collection<Integer> partitions, int limit) {
        if (since != null) {
            // From the deliver-before index of the pushes: the plan of the join below reads every
            // pending delivery, which under load cost a tenth of the PPG's CPU once a second.
            List<Long> pushes = em.createQuery(
                            "SELECT p.id FROM Push p WHERE p.deliverBefore > :since AND p.deliverBefore <= :now",
                            Long.class)
                    .setParameter("since", since.toEpochMilli())
                    .setParameter("now", now.toEpochMilli())
                    .setMaxResults(limit)
                    .getResultList();
            if (pushes.isEmpty()) {
                return List.of();
            }
            if (pushes.size() < limit) {
                return em.createQuery(
                                "SELECT d.id FROM Delivery d WHERE d.push.id IN :pushes AND d.state = :pending"
                                        + " AND d.partition IN :partitions",
                                Long.class)
                        .setParameter("pushes", pushes)
                        .setParameter("pending", MessageState.PENDING)
                        .setParameter("partitions", partitions)
                        .setMaxResults(limit)
                        .getResultList();
            }
        }
        return em.createQuery(
                        "SELECT d.id FROM Delivery d JOIN d.push p WHERE p.deliverBefore <= :now AND d.state = :pending"
                                + " AND d.partition IN :partitions",
                        Long.class)
                .setParameter("pending", MessageState.PENDING)
                .setParameter("partitions", partitions)
                .setParameter("now", now.toEpochMilli())
                .setMaxResults(limit)
                .getResultList();
    }
}
