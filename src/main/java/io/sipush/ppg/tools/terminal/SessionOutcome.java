package io.sipush.ppg.tools.terminal;

import java.util.Map;
import java.util.Optional;

/**
 * How a DM session ended on the terminal: the session id, whether the user was asked and
 * accepted, and the nodes it changed (URI to new value).
 */
public record SessionOutcome(String sessionId, Optional<Boolean> userAccepted, Map<String, String> applied) {}
