package io.sipush.ppg.delivery;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.push.DeliveryProgressRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Pending rows in memory, answering the engine's queries for due work. */
final class FakeProgress implements DeliveryProgressRepository {
    final List<DeliveryTicket> rows = new ArrayList<>();
    /** Runs while a query reads, after it took its rows: what happens meanwhile elsewhere. */
    Runnable duringQuery = () -> {};

    @Override
    public Set<Long> record(List<DeliveryStep> steps) {
        return Set.of();
    }

    @Override
    public List<DeliveryTicket> dueBetween(
            Collection<Integer> partitions, Instant after, Instant until, boolean newPushesToo, int limit) {
        List<DeliveryTicket> found = rows.stream()
                .filter(t -> partitions.contains(Partitions.of(t.aor())))
                .filter(t -> newPushesToo || t.readyAt().isAfter(t.receivedAt()))
                .filter(t -> t.readyAt() != null
                        && t.readyAt().isAfter(after)
                        && !t.readyAt().isAfter(until))
                .sorted(Comparator.comparing(DeliveryTicket::readyAt))
                .limit(limit)
                .toList();
        duringQuery.run();
        return found;
    }

    @Override
    public List<DeliveryTicket> dueAfterId(Collection<Integer> partitions, Instant until, long afterId, int limit) {
        return rows.stream()
                .filter(t -> partitions.contains(Partitions.of(t.aor())))
                .filter(t -> t.readyAt() != null && !t.readyAt().isAfter(until) && t.deliveryId() > afterId)
                .sorted(Comparator.comparingLong(DeliveryTicket::deliveryId))
                .limit(limit)
                .toList();
    }

    @Override
    public int assignMissingPartitions() {
        return 0;
    }

    @Override
    public List<DeliveryTicket> pendingTickets(Collection<Long> deliveryIds) {
        return rows.stream().filter(t -> deliveryIds.contains(t.deliveryId())).toList();
    }

    @Override
    public List<DeliveryTicket> awaitingRegistration(String aor) {
        return rows.stream()
                .filter(t -> t.aor().equals(aor) && t.readyAt() == null)
                .toList();
    }

    @Override
    public byte[] content(long pushKey) {
        return new byte[0];
    }
}
