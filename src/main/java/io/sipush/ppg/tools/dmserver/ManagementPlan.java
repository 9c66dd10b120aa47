package io.sipush.ppg.tools.dmserver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the DM server does in the next sessions: the nodes it replaces and their new values, and
 * optionally a question the user must accept first (Alert 1101).
 */
public record ManagementPlan(Map<String, String> replacements, Optional<String> confirmation) {

    public ManagementPlan {
        replacements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replacements));
    }

    public static ManagementPlan replace(String uri, String value) {
        return new ManagementPlan(Map.of(uri, value), Optional.empty());
    }

    /** The same replacements, after the user accepts {@code question}. */
    public ManagementPlan withConfirmation(String question) {
        return new ManagementPlan(replacements, Optional.of(question));
    }

    public static ManagementPlan nothing() {
        return new ManagementPlan(Map.of(), Optional.empty());
    }
}
