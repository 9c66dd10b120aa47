package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pushinitiator.PushInitiator;
import io.sipush.ppg.pushinitiator.PushInitiatorRepository;
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
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PushInitiator initiator) {
        em.persist(initiator);
    }
}
