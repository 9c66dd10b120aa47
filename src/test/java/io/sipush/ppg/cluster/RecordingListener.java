package io.sipush.ppg.cluster;

import java.util.HashSet;
import java.util.Set;

/** Remembers what an {@link Ownership} told it. */
final class RecordingListener implements OwnershipListener {
    final Set<Integer> taken = new HashSet<>();
    final Set<Integer> lost = new HashSet<>();
    final Set<Integer> busy = new HashSet<>();

    @Override
    public void taken(Set<Integer> partitions) {
        taken.addAll(partitions);
    }

    @Override
    public void lost(Set<Integer> partitions) {
        lost.addAll(partitions);
    }

    @Override
    public boolean busy(int partition) {
        return busy.contains(partition);
    }
}
