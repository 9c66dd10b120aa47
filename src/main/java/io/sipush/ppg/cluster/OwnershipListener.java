package io.sipush.ppg.cluster;

import java.util.Set;

/** Told when this instance starts or stops owning partitions. */
public interface OwnershipListener {

    /** The partitions are this instance's now: their pending work is to be loaded from the store. */
    void taken(Set<Integer> partitions);

    /** The partitions are no longer this instance's: nothing of them may be sent from here. */
    void lost(Set<Integer> partitions);

    /** True while the instance still has work of the partition in flight (it is not given up yet). */
    boolean busy(int partition);
}
