package io.sipush.ppg.push.application;

import io.sipush.ppg.push.CancellationNotPossibleException;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Cancels one of the PI's pushes (PAP §9.3): every delivery that has not reached a final state
 * becomes {@code cancelled}; the others report why they cannot be (2008).
 */
@ApplicationScoped
public class PushCancellationService {
    @Inject
    PushRepository pushes;

    @Inject
    Event<DeliveryEnded> ended;

    /** One entry per delivery: its status after the cancellation, and whether it was cancelled. */
    public record Cancellation(AddressStatus status, boolean cancelled, String why) {}

    @Transactional
    public List<Cancellation> cancel(String piName, String pushId, Instant now) throws PushIdNotFoundException {
        Push push = pushes.find(piName, pushId).orElseThrow(() -> new PushIdNotFoundException(pushId));
        List<Cancellation> results = new ArrayList<>();
        for (Delivery delivery : push.deliveries()) {
            try {
                delivery.cancelled(now);
                ended.fire(DeliveryEnded.of(delivery));
                results.add(new Cancellation(PushStatusService.statusOf(delivery), true, null));
            } catch (CancellationNotPossibleException e) {
                results.add(new Cancellation(PushStatusService.statusOf(delivery), false, e.getMessage()));
            }
        }
        return results;
    }
}
