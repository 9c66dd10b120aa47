package io.sipush.ppg.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A registry held in memory: for unit tests and tools, never for the server. */
public final class InMemoryTerminalRegistry implements TerminalRegistry {
    private final Map<AddressOfRecord, List<ContactBinding>> bindings = new ConcurrentHashMap<>();

    @Override
    public synchronized List<ContactBinding> apply(Registration registration, Instant now) {
        AddressOfRecord aor = registration.addressOfRecord();
        List<ContactBinding> current = new ArrayList<>(bindings.getOrDefault(aor, List.of()));
        if (registration.removeAll()) {
            current.clear();
        }
        current.removeIf(c -> registration.removedContactUris().contains(c.contactUri()));
        for (ContactBinding binding : registration.bindings()) {
            current.removeIf(c -> c.contactUri().equals(binding.contactUri()));
            current.add(binding);
        }
        bindings.put(aor, List.copyOf(current));
        return activeContacts(aor, now);
    }

    @Override
    public List<ContactBinding> activeContacts(AddressOfRecord aor, Instant now) {
        return bindings.getOrDefault(aor, List.of()).stream()
                .filter(c -> c.isActiveAt(now))
                .sorted(Comparator.comparing(ContactBinding::q).reversed())
                .toList();
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int[] purged = {0};
        bindings.replaceAll((aor, list) -> {
            List<ContactBinding> kept =
                    list.stream().filter(c -> c.isActiveAt(now)).toList();
            purged[0] += list.size() - kept.size();
            return kept;
        });
        return purged[0];
    }
}
