package io.sipush.ppg.delivery;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.push.DeliveryTicket;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pending delivery as the engine holds it in memory, from its ticket: what it needs to send
 * and judge the answers, and where it is (waiting, being attempted, in flight, no route). The store stays the durable truth; this is a working copy.
 */
final class QueuedDelivery {
    /**
     * A terminal's pushes go out highest PAP priority first, then in submission order: by the
     * time the push arrived, as ids are handed out in blocks per instance and so are in
     * submission order only within one instance.
     */
    static final Comparator<QueuedDelivery> TERMINAL_ORDER = Comparator.comparingInt((QueuedDelivery d) -> d.rank)
            .thenComparing(d -> d.receivedAt)
            .thenComparingLong(d -> d.deliveryId);

    final long deliveryId;
    final long pushKey;
    final String piName;
    final String pushId;
    final String aor;
    /** The terminal's partition: only its owner sends it. */
    final int partition;

    final int rank;
    final Instant receivedAt;
    final Instant deliverBefore;
    final DeliveryMethod method;
    final String appShortName;
    final String contentType;
    final boolean notifies;
    final Instant readyAt;

    /** When this instance took the delivery into memory (for the re-check of a long wait). */
    volatile Instant admittedAt = Instant.now();

    /** The content while the engine keeps it in memory (see {@link DeliveryEngine}), else null. */
    volatile byte[] body;

    volatile int attempts;
    volatile boolean redirected;
    volatile String redirectUri;
    /** The MESSAGE in flight: when it went out, and to where. */
    volatile Instant sentAt;

    volatile String target;
    /** A retry is scheduled: the first of its timer firings (see {@link RetryScheduler}) sends it. */
    final AtomicBoolean awaitingRetry = new AtomicBoolean();

    /**
     * Ended here: final in the store (by the engine, a cancellation or an expiry), or dropped from
     * memory (partition lost, no route); never attempted again by this copy.
     */
    volatile boolean ended;

    QueuedDelivery(DeliveryTicket ticket, byte[] body) {
        this.deliveryId = ticket.deliveryId();
        this.pushKey = ticket.pushKey();
        this.piName = ticket.piName();
        this.pushId = ticket.pushId();
        this.aor = ticket.aor();
        this.partition = Partitions.of(ticket.aor());
        this.rank = ticket.priorityRank();
        this.receivedAt = ticket.receivedAt();
        this.deliverBefore = ticket.deliverBefore();
        this.method = ticket.deliveryMethod();
        this.appShortName = PushApplicationId.parse(ticket.applicationId()).shortName();
        this.contentType = ticket.contentType();
        this.notifies = ticket.notifies();
        this.readyAt = ticket.readyAt();
        this.body = body;
        this.attempts = ticket.attempts();
        this.redirected = ticket.redirected();
        this.redirectUri = ticket.redirectUri();
    }

    boolean isOverdueAt(Instant now) {
        return deliverBefore != null && !deliverBefore.isAfter(now);
    }
}
