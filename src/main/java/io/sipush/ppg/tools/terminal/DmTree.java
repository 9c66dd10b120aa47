package io.sipush.ppg.tools.terminal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small in-memory DM tree: node URIs ({@code ./Game/Server}) to their values. Thread-safe. */
public final class DmTree {
    private final Map<String, String> nodes = new TreeMap<>();

    public synchronized void set(String uri, String value) {
        nodes.put(uri, value);
    }

    public synchronized Optional<String> get(String uri) {
        return Optional.ofNullable(nodes.get(uri));
    }

    public synchronized Map<String, String> snapshot() {
        return Map.copyOf(nodes);
    }
}
