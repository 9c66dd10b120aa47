package io.sipush.ppg.terminal;

import java.time.Instant;
import java.util.List;

/**
 * The store of registrations. Implementations: in memory for unit tests, JPA in the server.
 */
public interface TerminalRegistry {

    /** Applies a REGISTER and returns the contacts that are bound afterwards. */
    List<ContactBinding> apply(Registration registration, Instant now);

    /** The unexpired contacts of an address of record, best first. */
    List<ContactBinding> activeContacts(AddressOfRecord aor, Instant now);

    /** Forgets every binding that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
