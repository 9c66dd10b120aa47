package io.sipush.ppg.push;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The delivery engine's side of the store: steps applied many at a time in one transaction, and
 * the tickets of pending deliveries it does not hold in memory (after a restart, or that waited
 * for a registration).
 */
public interface DeliveryProgressRepository {

    /**
     * Applies the steps in order, in one transaction; a step for a final delivery changes nothing.
     * Returns the ids of the deliveries changed.
     */
    Set<Long> record(List<DeliveryStep> steps);

    /**
     * Tickets (without content) of pending deliveries of these partitions whose next attempt time
     * lies in {@code (after, until]}, earliest first, at most {@code limit}. Without {@code
     * newPushesToo}, first attempts due on the push's arrival are left out (an instance alone took
     * each of those as it accepted it): retries, deliveries released by a registration and
     * deliver-after times remain.
     */
    List<DeliveryTicket> dueBetween(
            Collection<Integer> partitions, Instant after, Instant until, boolean newPushesToo, int limit);

    /**
     * Tickets (without content) of pending deliveries of these partitions due by {@code until},
     * with ids above {@code afterId}, in id order, at most {@code limit}: a page of a full scan.
     */
    List<DeliveryTicket> dueAfterId(Collection<Integer> partitions, Instant until, long afterId, int limit);

    /** Gives pending rows stored before partitions existed their partition; returns how many. */
    int assignMissingPartitions();

    /** Tickets (without content) of those deliveries that are still pending. */
    List<DeliveryTicket> pendingTickets(Collection<Long> deliveryIds);

    /** Tickets (without content) of pending deliveries to this address of record that wait for it to register. */
    List<DeliveryTicket> awaitingRegistration(String aor);

    /** The content of a push. */
    byte[] content(long pushKey);
}
