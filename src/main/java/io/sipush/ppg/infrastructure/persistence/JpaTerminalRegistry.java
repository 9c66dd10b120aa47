package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

/** The terminal registry in the database. */
@ApplicationScoped
@Transactional
public class JpaTerminalRegistry implements TerminalRegistry {
    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Override
    public List<ContactBinding> apply(Registration registration, Instant now) {
        String aor = registration.addressOfRecord().value();
        List<ContactBindingRow> rows = rowsOf(aor);
        for (ContactBindingRow row : rows) {
            if (registration.removeAll() || registration.removedContactUris().contains(row.contactUri())) {
                em.remove(row);
            }
        }
        for (ContactBinding binding : registration.bindings()) {
            Optional<ContactBindingRow> existing = rows.stream()
                    .filter(r -> r.contactUri().equals(binding.contactUri()) && em.contains(r))
                    .findFirst();
            existing.ifPresentOrElse(r -> r.update(binding), () -> em.persist(new ContactBindingRow(aor, binding)));
        }
        em.flush();
        return activeContacts(registration.addressOfRecord(), now);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactBinding> activeContacts(AddressOfRecord aor, Instant now) {
        return rowsOf(aor.value()).stream()
                .map(ContactBindingRow::toBinding)
                .filter(c -> c.isActiveAt(now))
                .sorted(Comparator.comparing(ContactBinding::q).reversed())
                .toList();
    }

    @Override
    public int purgeExpired(Instant now) {
        return em.createQuery("DELETE FROM ContactBindingRow c WHERE c.expiresAt <= :now")
                .setParameter("now", now.toEpochMilli())
                .executeUpdate();
    }

    private List<ContactBindingRow> rowsOf(String aor) {
        return em.createQuery("SELECT c FROM ContactBindingRow c WHERE c.aor = :aor", ContactBindingRow.class)
                .setParameter("aor", aor)
                .getResultList();
    }
}
