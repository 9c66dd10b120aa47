package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushSearch;
import io.sipush.ppg.push.PushSearchRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import javax.transaction.Transactional;

/** Searching the stored pushes; newest first is the order of their keys, which only grow. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPushSearchRepository implements PushSearchRepository {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public List<Push> search(PushSearch search, int offset, int limit) {
        TypedQuery<Push> query =
                em.createQuery("SELECT p FROM Push p" + where(search) + " ORDER BY p.id DESC", Push.class);
        bind(query, search);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(PushSearch search) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(p) FROM Push p" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    @Override
    public Optional<Push> findByKey(long pushKey) {
        return Optional.ofNullable(em.find(Push.class, pushKey));
    }

    private static String where(PushSearch search) {
        List<String> conditions = new ArrayList<>();
        search.piName().ifPresent(pi -> conditions.add("p.piName = :pi"));
        search.pushIdPart().ifPresent(id -> conditions.add("p.pushId LIKE :pushId" + LikePattern.ESCAPE));
        search.addressPart()
                .ifPresent(a -> conditions.add("EXISTS (SELECT a.id FROM Delivery a WHERE a.push = p AND "
                        + "(LOWER(a.papAddress) LIKE :address" + LikePattern.ESCAPE + " OR LOWER(a.aor) LIKE :address"
                        + LikePattern.ESCAPE + "))"));
        search.state()
                .ifPresent(s ->
                        conditions.add("EXISTS (SELECT s.id FROM Delivery s WHERE s.push = p AND s.state = :state)"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(Query query, PushSearch search) {
        search.piName().ifPresent(pi -> query.setParameter("pi", pi));
        search.pushIdPart().ifPresent(id -> query.setParameter("pushId", LikePattern.containing(id)));
        search.addressPart().ifPresent(a -> query.setParameter("address", LikePattern.containingIgnoringCase(a)));
        search.state().ifPresent(s -> query.setParameter("state", s));
    }
}
