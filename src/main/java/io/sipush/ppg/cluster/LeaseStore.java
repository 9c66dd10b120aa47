package io.sipush.ppg.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The lease and instance tables in the shared database. Every change of ownership is one
 * conditional UPDATE, so two instances can never both take one partition: the database decides.
 */
public interface LeaseStore {

    /**
     * True when other instances may share this store (PostgreSQL); false for embedded Derby,
     * which only this instance opens.
     */
    boolean shared();

    /**
     * Creates the partition rows if there are none; returns the number stored, which every
     * instance must agree with.
     */
    int ensurePartitions(int count);

    /** Records that the instance is alive at {@code now}. */
    void heartbeat(String instanceId, Instant now);

    /** The instances whose last heartbeat is after {@code since}. */
    List<String> liveInstances(Instant since);

    /** The instance stopped: its row goes, and its leases become free. */
    void leave(String instanceId);

    /** Every partition's lease. */
    List<Lease> leases();

    /**
     * Extends every lease the instance still holds (not expired at {@code now}) to {@code until};
     * returns the partitions renewed.
     */
    Set<Integer> renew(String instanceId, Instant now, Instant until);

    /** Takes the partition if it is free or expired at {@code now}; true if this call took it. */
    boolean take(int partition, String instanceId, Instant now, Instant until);

    /** Frees the partition if the instance holds it. */
    void release(int partition, String instanceId);
}
