package io.sipush.ppg.push.application;

import java.time.Instant;

/**
 * What the delivery engine knows, without asking the store, of a terminal's route. A push due now
 * to a terminal known to have none is stored waiting for the terminal's REGISTER: the engine
 * would find no route at its first attempt and write the wait as a second step (issue 12; the
 * first minutes of a DM bootstrap campaign push to terminals that never registered yet).
 */
public interface TerminalReachability {
    /** True only when the terminal is known to have no route for this push application now. */
    boolean knownUnreachable(String aor, String applicationId, Instant now);

    /** Knows nothing: every push is stored due and the engine finds the route, for tests and tools. */
    TerminalReachability UNKNOWN = (aor, applicationId, now) -> false;
}
