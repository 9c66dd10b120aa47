package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** PI accounts in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPushInitiatorRepository implements PushInitiatorRepository {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public Optional<PushInitiator> find(String name) {
        return Optional.ofNullable(em.find(PushInitiator.class, name));
    }

    @Override
    public List<PushInitiator> all() {
        return em.createQuery("SELECT p FROM PushInitiator p ORDER BY p.name", PushInitiator.class)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PushInitiator initiator) {
        em.persist(initiator);
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String name) {
        PushInitiator found = em.find(PushInitiator.class, name);
        if (found == null) {
            return false;
        }
        em.remove(found);
        return true;
    }
}
