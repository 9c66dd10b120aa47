package io.sipush.ppg.pushinitiator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** PI accounts in a map, for tests of the services that use the repository. */
public class InMemoryPushInitiators implements PushInitiatorRepository {
    private final Map<String, PushInitiator> accounts = new TreeMap<>();

    @Override
    public synchronized Optional<PushInitiator> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public synchronized List<PushInitiator> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized void add(PushInitiator initiator) {
        accounts.put(initiator.name(), initiator);
    }

    @Override
    public synchronized boolean remove(String name) {
        return accounts.remove(name) != null;
    }
}
