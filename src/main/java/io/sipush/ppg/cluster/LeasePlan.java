package io.sipush.ppg.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which partitions an instance should take and which it should give up, so that the partitions
 * spread evenly over the live instances: each holds at most its fair share, {@code
 * ceil(partitions / live instances)}, takes free or expired ones while it holds fewer, and gives
 * up what it holds beyond that share, highest partition first.
 */
public record LeasePlan(List<Integer> take, List<Integer> giveUp) {

    public static LeasePlan of(List<Lease> leases, Set<Integer> held, int liveInstances, Instant now) {
        int share = fairShare(leases.size(), liveInstances);
        List<Integer> take = new ArrayList<>();
        for (Lease lease : leases) {
            if (held.size() + take.size() >= share) {
                break;
            }
            if (!held.contains(lease.partition()) && lease.isFreeAt(now)) {
                take.add(lease.partition());
            }
        }
        List<Integer> giveUp = new ArrayList<>();
        TreeSet<Integer> descending = new TreeSet<>(held);
        for (Integer partition : descending.descendingSet()) {
            if (held.size() - giveUp.size() <= share) {
                break;
            }
            giveUp.add(partition);
        }
        return new LeasePlan(List.copyOf(take), List.copyOf(giveUp));
    }

    static int fairShare(int partitions, int liveInstances) {
        int live = Math.max(1, liveInstances);
        return (partitions + live - 1) / live;
    }
}
