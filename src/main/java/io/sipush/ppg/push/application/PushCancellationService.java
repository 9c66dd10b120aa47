package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.push.CancellationNotPossibleException;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Cancels one of the PI's pushes (PAP §9.3), for the addresses named or, when none are, for all
 * of them: each delivery that has not reached a final state becomes {@code cancelled}; the
 * others report why they cannot be (2008), and an address the push was not sent to is reported
 * as such (2003). Each delivery is locked first, so a cancellation never overwrites an outcome
 * the delivery engine recorded at the same moment.
 */
@ApplicationScoped
public class PushCancellationService {
    @Inject
    PushRepository pushes;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    PpgSettings settings;

    @Inject
    Event<DeliveryEnded> ended;

    /** What happened at one address. */
    public enum Outcome {
        CANCELLED,
        ALREADY_FINAL,
        NOT_SENT_TO_ADDRESS
    }

    /**
     * One entry per address: the outcome, the status after the cancellation (empty when the push
     * was not sent there), and why it could not be cancelled.
     */
    public record Cancellation(String papAddress, Outcome outcome, Optional<AddressStatus> status, String why) {
        public boolean cancelled() {
            return outcome == Outcome.CANCELLED;
        }
    }

    /** Cancels every address of the push. */
    @Transactional
    public List<Cancellation> cancel(String piName, String pushId, Instant now) throws PushIdNotFoundException {
        return cancel(piName, pushId, List.of(), now);
    }

    @Transactional
    public List<Cancellation> cancel(String piName, String pushId, List<PushAddress> addresses, Instant now)
            throws PushIdNotFoundException {
        Push push = pushes.find(piName, pushId).orElseThrow(() -> new PushIdNotFoundException(pushId));
        List<Cancellation> results = new ArrayList<>();
        for (AddressSelection.Selected selected :
                AddressSelection.select(push.deliveries(), addresses, settings.homeDomain())) {
            if (selected.deliveries().isEmpty()) {
                results.add(new Cancellation(
                        selected.papAddress(),
                        Outcome.NOT_SENT_TO_ADDRESS,
                        Optional.empty(),
                        "push-id '" + pushId + "' was not sent to this address"));
            }
            for (Delivery listed : selected.deliveries()) {
                results.add(cancel(deliveries.findForUpdate(listed.id()).orElse(listed), now));
            }
        }
        return results;
    }

    private Cancellation cancel(Delivery delivery, Instant now) {
        boolean inFlight = delivery.isInFlight();
        try {
            delivery.cancelled(now);
            ended.fire(DeliveryEnded.of(delivery));
            return new Cancellation(
                    delivery.papAddress(),
                    Outcome.CANCELLED,
                    Optional.of(PushStatusService.statusOf(delivery)),
                    inFlight ? "a MESSAGE was already on its way; the terminal may still receive it" : null);
        } catch (CancellationNotPossibleException e) {
            return new Cancellation(
                    delivery.papAddress(),
                    Outcome.ALREADY_FINAL,
                    Optional.of(PushStatusService.statusOf(delivery)),
                    e.getMessage());
        }
    }
}
