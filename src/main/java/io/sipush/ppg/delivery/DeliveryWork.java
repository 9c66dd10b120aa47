package io.sipush.ppg.delivery;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DueDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * The delivery engine's steps that go through the JPA entities, each one transaction: a final
 * step of a push whose PI asked for a result notification (stored in the same transaction, by
 * the {@link DeliveryEnded} observer), the expiry of overdue deliveries, and the recovery query.
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

    /** Applies the step to the locked delivery; returns false when it was final already. */
    public boolean record(DeliveryStep step) {
        Optional<Delivery> found = deliveries.findForUpdate(step.deliveryId());
        if (found.isEmpty() || !step.applyTo(found.get())) {
            return false;
        }
        if (found.get().isFinal()) {
            ended.fire(DeliveryEnded.of(found.get()));
        }
        return true;
    }

    /** Ends every pending delivery whose deliver-before-timestamp passed; returns how many. */
    public int expireOverdue(Instant now, int limit) {
        int expired = 0;
        for (Long id : deliveries.overdue(now, limit)) {
            Optional<Delivery> d = deliveries.findForUpdate(id).filter(x -> !x.isFinal());
            if (d.isPresent()) {
                d.get().expired(now);
                ended.fire(DeliveryEnded.of(d.get()));
                expired++;
            }
        }
        return expired;
    }

    /** Pending deliveries due before {@code dueBefore}, or whose MESSAGE got no answer in time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueDelivery> due(Instant dueBefore, Instant now, int limit) {
        return deliveries.due(dueBefore, now.minus(IN_FLIGHT_LIMIT), limit);
    }
}
