package io.sipush.ppg.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partitions this instance owns, kept by leases in the shared database. Each {@link #cycle}
 * (every {@link #heartbeatInterval()}) records a heartbeat, renews the leases held, takes free or
 * expired partitions up to the fair share, and gives up the surplus once nothing of it is in
 * flight. An instance sends only for partitions it {@link #holds}: a lease it could not renew
 * stops counting well before it expires in the database, so the next owner never overlaps.
 *
 * <p>Not thread-safe for {@link #cycle}: one scheduler thread runs it; {@link #holds} is read by
 * any thread.
 */
public final class Ownership {
    private final LeaseStore store;
    private final String instanceId;
    private final Duration lease;
    private final OwnershipListener listener;

    /** Partitions held, each with the time until which this instance may send for it. */
    private final ConcurrentHashMap<Integer, Instant> held = new ConcurrentHashMap<>();
    /** Partitions given up here, released in the store once nothing of them is in flight. */
    private final Set<Integer> leaving = new HashSet<>();

    private volatile int liveInstances = 1;
    private volatile boolean settled;

    public Ownership(LeaseStore store, String instanceId, Duration lease, OwnershipListener listener) {
        if (lease.toMillis() < 2000) {
            throw new IllegalArgumentException("a lease must last at least 2 s, not " + lease);
        }
        this.store = store;
        this.instanceId = instanceId;
        this.lease = lease;
        this.listener = listener;
    }

    /** How often to {@link #cycle}: a quarter of the lease. */
    public Duration heartbeatInterval() {
        return lease.dividedBy(4);
    }

    /** Creates the partition rows if needed and checks that every instance cuts terminals alike. */
    public void join() {
        int stored = store.ensurePartitions(Partitions.COUNT);
        if (stored != Partitions.COUNT) {
            throw new IllegalStateException("the database has " + stored + " partitions; this PPG cuts terminals into "
                    + Partitions.COUNT + ": every instance must run the same version");
        }
    }

    /** One heartbeat: renew, take, give up. */
    public void cycle(Instant now) {
        store.heartbeat(instanceId, now);
        Instant until = now.plus(lease);
        Instant sendUntil = now.plus(lease.minus(heartbeatInterval()));
        renew(now, until, sendUntil);
        liveInstances = Math.max(1, store.liveInstances(now.minus(lease)).size());
        LeasePlan plan = LeasePlan.of(store.leases(), ownedOrLeaving(), liveInstances, now);
        takeAll(plan.take(), now, until, sendUntil);
        giveUp(plan.giveUp());
        releaseSettled();
        settled = true;
    }

    private void renew(Instant now, Instant until, Instant sendUntil) {
        Set<Integer> renewed = store.renew(instanceId, now, until);
        Set<Integer> lost = new HashSet<>(held.keySet());
        lost.removeAll(renewed);
        Set<Integer> regained = new HashSet<>();
        for (Integer partition : renewed) {
            if (leaving.contains(partition)) {
                continue;
            }
            Instant sendingUntil = held.put(partition, sendUntil);
            if (sendingUntil == null || !sendingUntil.isAfter(now)) {
                regained.add(partition); // new, or its send window lapsed: work refused meanwhile waits in the store
            }
        }
        leaving.retainAll(renewed);
        if (!lost.isEmpty()) {
            lost.forEach(held::remove);
            listener.lost(Collections.unmodifiableSet(lost));
        }
        if (!regained.isEmpty()) {
            listener.taken(Collections.unmodifiableSet(regained));
        }
    }

    private void takeAll(List<Integer> partitions, Instant now, Instant until, Instant sendUntil) {
        Set<Integer> taken = new HashSet<>();
        for (Integer partition : partitions) {
            if (store.take(partition, instanceId, now, until)) {
                held.put(partition, sendUntil);
                taken.add(partition);
            }
        }
        if (!taken.isEmpty()) {
            listener.taken(Collections.unmodifiableSet(taken));
        }
    }

    private void giveUp(List<Integer> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<Integer> given = new HashSet<>(partitions);
        given.retainAll(held.keySet());
        if (given.isEmpty()) {
            return;
        }
        given.forEach(held::remove);
        leaving.addAll(given);
        listener.lost(Collections.unmodifiableSet(given));
    }

    private void releaseSettled() {
        for (Integer partition : List.copyOf(leaving)) {
            if (!listener.busy(partition)) {
                store.release(partition, instanceId);
                leaving.remove(partition);
            }
        }
    }

    /** The instance stops: everything it holds is freed at once for the others. */
    public void leave() {
        Set<Integer> all = new HashSet<>(held.keySet());
        held.clear();
        if (!all.isEmpty()) {
            listener.lost(all);
        }
        store.leave(instanceId);
    }

    /** The last renewal failed: nothing may be sent any more until leases are renewed. */
    public void renewalFailed(Instant now) {
        Set<Integer> expired = new HashSet<>();
        held.forEach((partition, until) -> {
            if (!until.isAfter(now)) {
                expired.add(partition);
            }
        });
        if (!expired.isEmpty()) {
            expired.forEach(held::remove);
            listener.lost(expired);
        }
    }

    /** True if this instance may send the partition's deliveries now. */
    public boolean holds(int partition, Instant now) {
        Instant until = held.get(partition);
        return until != null && until.isAfter(now);
    }

    /** The partitions owned now, for reports. */
    public Set<Integer> owned() {
        return Set.copyOf(held.keySet());
    }

    private Set<Integer> ownedOrLeaving() {
        Set<Integer> all = new HashSet<>(held.keySet());
        all.addAll(leaving);
        return all;
    }

    /** The live instances at the last heartbeat, this one included. */
    public int liveInstances() {
        return liveInstances;
    }

    /** True once a first heartbeat has taken this instance's leases. */
    public boolean settled() {
        return settled;
    }

    public String instanceId() {
        return instanceId;
    }
}
