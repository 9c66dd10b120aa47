package io.sipush.ppg.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The lease and instance tables in memory, with the same conditional updates. */
final class InMemoryLeaseStore implements LeaseStore {
    private final TreeMap<Integer, Lease> leases = new TreeMap<>();
    private final Map<String, Instant> heartbeats = new HashMap<>();
    boolean failing;

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public synchronized int ensurePartitions(int count) {
        if (leases.isEmpty()) {
            for (int p = 0; p < count; p++) {
                leases.put(p, new Lease(p, null, Instant.EPOCH));
            }
        }
        return leases.size();
    }

    @Override
    public synchronized void heartbeat(String instanceId, Instant now) {
        check();
        heartbeats.put(instanceId, now);
    }

    @Override
    public synchronized List<String> liveInstances(Instant since) {
        List<String> live = new ArrayList<>();
        heartbeats.forEach((id, at) -> {
            if (at.isAfter(since)) {
                live.add(id);
            }
        });
        return live;
    }

    @Override
    public synchronized void leave(String instanceId) {
        heartbeats.remove(instanceId);
        leases.replaceAll((p, l) -> instanceId.equals(l.owner()) ? new Lease(p, null, Instant.EPOCH) : l);
    }

    @Override
    public synchronized List<Lease> leases() {
        check();
        return List.copyOf(leases.values());
    }

    @Override
    public synchronized Set<Integer> renew(String instanceId, Instant now, Instant until) {
        check();
        Set<Integer> renewed = new HashSet<>();
        leases.replaceAll((p, l) -> {
            if (instanceId.equals(l.owner()) && l.expiresAt().isAfter(now)) {
                renewed.add(p);
                return new Lease(p, instanceId, until);
            }
            return l;
        });
        return renewed;
    }

    @Override
    public synchronized boolean take(int partition, String instanceId, Instant now, Instant until) {
        Lease l = leases.get(partition);
        if (!l.isFreeAt(now)) {
            return false;
        }
        leases.put(partition, new Lease(partition, instanceId, until));
        return true;
    }

    @Override
    public synchronized void release(int partition, String instanceId) {
        if (instanceId.equals(leases.get(partition).owner())) {
            leases.put(partition, new Lease(partition, null, Instant.EPOCH));
        }
    }

    synchronized long ownedBy(String instanceId) {
        return leases.values().stream()
                .filter(l -> instanceId.equals(l.owner()))
                .count();
    }

    private void check() {
        if (failing) {
            throw new IllegalStateException("database down");
        }
    }
}
