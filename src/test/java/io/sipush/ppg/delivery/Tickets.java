package io.sipush.ppg.delivery;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.push.DeliveryTicket;
import java.time.Instant;

/** Tickets and queued deliveries for the engine's unit tests. */
final class Tickets {
    static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private Tickets() {}

    static DeliveryTicket ticket(long id, String aor, Instant readyAt, boolean notifies) {
        return ticket(id, aor, 1, readyAt, 0, T0, notifies);
    }

    /** A ticket as the store gives it, with its priority rank, attempts so far and arrival time. */
    static DeliveryTicket ticket(
            long id, String aor, int rank, Instant readyAt, int attempts, Instant receivedAt, boolean notifies) {
        return new DeliveryTicket(
                id,
                100 + id,
                "dm-server",
                "push-" + id,
                aor,
                rank,
                readyAt,
                attempts,
                false,
                null,
                receivedAt,
                null,
                DeliveryMethod.NOTSPECIFIED,
                "x-wap-application:syncml.dm",
                "text/plain",
                notifies,
                null);
    }

    static DeliveryTicket ticket(long id, String aor) {
        return ticket(id, aor, T0, false);
    }

    static QueuedDelivery delivery(long id, String aor) {
        return new QueuedDelivery(ticket(id, aor), null);
    }
}
