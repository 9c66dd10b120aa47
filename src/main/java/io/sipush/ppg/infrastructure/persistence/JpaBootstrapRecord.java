package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.pushinitiator.BootstrapMark;
import io.sipush.ppg.pushinitiator.BootstrapRecord;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** The bootstrap marks in the table PPG_BOOTSTRAP_MARK. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaBootstrapRecord implements BootstrapRecord {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public boolean wasCreated(String name) {
        return em.find(BootstrapMark.class, name) != null;
    }

    @Override
    public void markCreated(String name) {
        em.persist(new BootstrapMark(name, System.currentTimeMillis()));
        em.flush();
    }
}
