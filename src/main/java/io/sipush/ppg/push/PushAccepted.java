package io.sipush.ppg.push;

import java.time.Instant;
import java.util.List;

/**
 * Raised when a push is stored, with a ticket for each delivery that is to go out; delivery
 * starts once the storing transaction has committed.
 */
public record PushAccepted(List<DeliveryTicket> tickets) {
    public PushAccepted {
        tickets = List.copyOf(tickets);
    }

    /** The ticket of every delivery of a push that is not final (cancelled at once) yet. */
    public static PushAccepted of(Push push) {
        return new PushAccepted(push.deliveries().stream()
                .filter(d -> !d.isFinal())
                .map(d -> DeliveryTicket.of(push, d))
                .toList());
    }

    public List<Long> deliveryIds() {
        return tickets.stream().map(DeliveryTicket::deliveryId).toList();
    }

    /** When the first attempt may start (every delivery of one push shares it). */
    public Instant firstAttemptAt() {
        return tickets.get(0).readyAt();
    }
}
