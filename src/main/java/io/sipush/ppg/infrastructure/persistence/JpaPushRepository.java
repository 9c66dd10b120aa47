package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushRepository;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** Pushes in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPushRepository implements PushRepository {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public void add(Push push) {
        em.persist(push);
        em.flush();
    }

    @Override
    public boolean exists(String piName, String pushId) {
        return !em.createQuery("SELECT p.id FROM Push p WHERE p.piName = :pi AND p.pushId = :pushId", Long.class)
                .setParameter("pi", piName)
                .setParameter("pushId", pushId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Push> find(String piName, String pushId) {
        return em.createQuery("SELECT p FROM Push p WHERE p.piName = :pi AND p.pushId = :pushId", Push.class)
                .setParameter("pi", piName)
                .setParameter("pushId", pushId)
                .getResultStream()
                .findFirst();
    }
}
