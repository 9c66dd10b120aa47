package io.sipush.ppg.delivery;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.application.ResultNotificationService;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * The delivery engine's steps that go through the JPA entities, each one transaction: a final
 * step of a push whose PI asked for a result notification (stored in the same transaction), and
 * the expiry of overdue deliveries (which raises {@link DeliveryEnded} inside its transaction,
 * as a cancellation does).
 */
@ApplicationScoped
@Transactional
public class DeliveryWork {
    /** A MESSAGE unanswered for longer than SIP timer F (32 s) plus margin is tried again. */
    static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(45);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Event<DeliveryEnded> ended;

    @Inject
    ResultNotificationService notifications;

    /**
     * Applies the step to the locked delivery and, if it ended it, stores its result notification
     * in the same transaction; returns false when it was final already. The end is announced by
     * the engine's step recorder after the commit, as for every other step.
     */
    public boolean record(DeliveryStep step) {
        Optional<Delivery> found = deliveries.findForUpdate(step.deliveryId());
        if (found.isEmpty() || !step.applyTo(found.get())) {
            return false;
        }
        if (found.get().isFinal()) {
            notifications.storeFor(DeliveryEnded.of(found.get()));
        }
        return true;
    }

    /**
     * Ends the pending deliveries of these partitions whose deliver-before-timestamp passed (after
     * {@code since}, or at any time if it is null), at most {@code limit}; returns how many.
     */
    public int expireOverdue(Instant since, Instant now, Collection<Integer> partitions, int limit) {
        int expired = 0;
        for (Long id : deliveries.overdue(since, now, partitions, limit)) {
            Optional<Delivery> d = deliveries.findForUpdate(id).filter(x -> !x.isFinal());
            if (d.isPresent()) {
                d.get().expired(now);
                ended.fire(DeliveryEnded.of(d.get()));
                expired++;
            }
        }
        return expired;
    }
}
