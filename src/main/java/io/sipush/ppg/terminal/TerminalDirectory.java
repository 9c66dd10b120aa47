package io.sipush.ppg.terminal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The operator's view of the registry: which terminals are registered now. Changes go through
 * {@link TerminalRegistry}, never through here.
 */
public interface TerminalDirectory {

    /**
     * Terminals with at least one unexpired contact whose address of record contains {@code
     * addressPart} (without regard to case; empty matches all), by address, from {@code offset}, at
     * most {@code limit}.
     */
    List<RegisteredTerminal> search(String addressPart, Instant now, int offset, int limit);

    /** How many terminals {@link #search} would find without paging. */
    long count(String addressPart, Instant now);

    /** The terminal, if it has an unexpired contact. */
    Optional<RegisteredTerminal> find(AddressOfRecord aor, Instant now);
}
