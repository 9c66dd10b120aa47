package io.sipush.ppg.push;

import java.util.Collection;
import java.util.List;

/**
 * The delivery engine's side of the store: steps applied many at a time in one transaction, and
 * the tickets of pending deliveries it does not hold in memory (after a restart, or that waited
 * for a registration).
 */
public interface DeliveryProgressRepository {

    /** Applies the steps in order, in one transaction; a step for a final delivery changes nothing. */
    void record(List<DeliveryStep> steps);

    /** Tickets (without content) of those deliveries that are still pending. */
    List<DeliveryTicket> pendingTickets(Collection<Long> deliveryIds);

    /** Tickets (without content) of pending deliveries to this address of record that wait for it to register. */
    List<DeliveryTicket> awaitingRegistration(String aor);

    /** The content of a push. */
    byte[] content(long pushKey);
}
