package io.sipush.ppg.delivery;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registry's contacts of each terminal, kept for the delivery engine so that an attempt does
 * not query the store. A REGISTER drops the terminal's entry ({@link #forget}); an entry is also
 * reloaded after {@link #TTL_MS}, and contacts are checked for expiry at each use.
 */
final class CachedContacts implements TerminalRegistry {
    private static final long TTL_MS = 300_000;
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(List<ContactBinding> contacts, long loadedAt) {}

    private final TerminalRegistry registry;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Changes on every REGISTER: a load that raced with one is not kept. */
    private final AtomicLong generation = new AtomicLong();

    CachedContacts(TerminalRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ContactBinding> activeContacts(AddressOfRecord aor, Instant now) {
        long nowMs = now.toEpochMilli();
        Entry entry = entries.get(aor.value());
        if (entry == null || nowMs - entry.loadedAt() > TTL_MS) {
            long before = generation.get();
            entry = new Entry(registry.activeContacts(aor, now), nowMs);
            if (generation.get() == before) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(aor.value(), entry);
            }
        }
        return entry.contacts().stream().filter(c -> c.isActiveAt(now)).toList();
    }

    void forget(String aor) {
        generation.incrementAndGet();
        entries.remove(aor);
    }

    /** Generation of the registry as this cache saw it; a REGISTER since changes it. */
    long generation() {
        return generation.get();
    }

    @Override
    public List<ContactBinding> apply(Registration registration, Instant now) {
        forget(registration.addressOfRecord().value());
        return registry.apply(registration, now);
    }

    @Override
    public int purgeExpired(Instant now) {
        return registry.purgeExpired(now);
    }
}
