package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.RegisteredTerminal;
import io.sipush.ppg.terminal.TerminalDirectory;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** The registered terminals, read from the contact table. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaTerminalDirectory implements TerminalDirectory {
    private static final String ACTIVE_MATCHING =
            " FROM ContactBindingRow c WHERE c.expiresAt > :now AND LOWER(c.aor) LIKE :q" + LikePattern.ESCAPE;

    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public List<RegisteredTerminal> search(String addressPart, Instant now, int offset, int limit) {
        List<String> aors = em.createQuery("SELECT DISTINCT c.aor" + ACTIVE_MATCHING + " ORDER BY c.aor", String.class)
                .setParameter("now", now.toEpochMilli())
                .setParameter("q", LikePattern.containingIgnoringCase(addressPart))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        if (aors.isEmpty()) {
            return List.of();
        }
        Map<String, List<ContactBindingRow>> rows = em
                .createQuery(
                        "SELECT c FROM ContactBindingRow c WHERE c.aor IN :aors AND c.expiresAt > :now",
                        ContactBindingRow.class)
                .setParameter("aors", aors)
                .setParameter("now", now.toEpochMilli())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(ContactBindingRow::aor, LinkedHashMap::new, Collectors.toList()));
        return aors.stream()
                .map(aor -> terminal(aor, rows.getOrDefault(aor, List.of())))
                .toList();
    }

    @Override
    public long count(String addressPart, Instant now) {
        return em.createQuery("SELECT COUNT(DISTINCT c.aor)" + ACTIVE_MATCHING, Long.class)
                .setParameter("now", now.toEpochMilli())
                .setParameter("q", LikePattern.containingIgnoringCase(addressPart))
                .getSingleResult();
    }

    @Override
    public Optional<RegisteredTerminal> find(AddressOfRecord aor, Instant now) {
        List<ContactBindingRow> rows = em.createQuery(
                        "SELECT c FROM ContactBindingRow c WHERE c.aor = :aor AND c.expiresAt > :now",
                        ContactBindingRow.class)
                .setParameter("aor", aor.value())
                .setParameter("now", now.toEpochMilli())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(terminal(aor.value(), rows));
    }

    private static RegisteredTerminal terminal(String aor, List<ContactBindingRow> rows) {
        return new RegisteredTerminal(
                aor,
                rows.stream()
                        .map(ContactBindingRow::toBinding)
                        .sorted(Comparator.comparing(ContactBinding::q).reversed())
                        .toList());
    }
}
