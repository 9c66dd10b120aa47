package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.sql.DataSource;
import javax.transaction.Transactional;

/**
 * The terminal registry in the database. A REGISTER is applied with JPA in a transaction; the
 * contacts the engine looks up before each MESSAGE (with several instances it caches none) are
 * read with plain JDBC, outside any transaction: the JPA query and the transaction interceptor
 * around it took 13 % of a cluster instance's CPU samples under load.
 */
@ApplicationScoped
public class JpaTerminalRegistry implements TerminalRegistry {
    private static final String ACTIVE = "SELECT CONTACTURI, EXPIRESAT, Q, PUSHAPPLICATIONIDS, PATH FROM PPG_CONTACT"
            + " WHERE AOR = ? AND EXPIRESAT > ?";

    @PersistenceContext(unitName = "ppg")
    EntityManager em;

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    @Override
    @Transactional
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
        return bestFirst(rowsOf(aor).stream().map(ContactBindingRow::toBinding).toList(), now);
    }

    @Override
    public List<ContactBinding> activeContacts(AddressOfRecord aor, Instant now) {
        List<ContactBinding> bound = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(ACTIVE)) {
            s.setString(1, aor.value());
            s.setLong(2, now.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bound.add(ContactBindingRow.binding(
                            rs.getString(1), rs.getLong(2), rs.getFloat(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("contacts of " + aor.value() + " not read: " + e.getMessage(), e);
        }
        return bestFirst(bound, now);
    }

    private static List<ContactBinding> bestFirst(List<ContactBinding> bindings, Instant now) {
        return bindings.stream()
                .filter(c -> c.isActiveAt(now))
                .sorted(Comparator.comparing(ContactBinding::q).reversed())
                .toList();
    }

    @Override
    @Transactional
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
