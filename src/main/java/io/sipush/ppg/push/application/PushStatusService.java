package io.sipush.ppg.push.application;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushRepository;
import java.util.List;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Answers a statusquery-message (PAP §9.5): the message state of each address of one of the
 * PI's own pushes. A push-id of another PI is not found (2004), never shown.
 */
@ApplicationScoped
public class PushStatusService {
    @Inject
    PushRepository pushes;

    @Transactional
    public List<AddressStatus> status(String piName, String pushId) throws PushIdNotFoundException {
        Push push = pushes.find(piName, pushId).orElseThrow(() -> new PushIdNotFoundException(pushId));
        return push.deliveries().stream().map(PushStatusService::statusOf).toList();
    }

    static AddressStatus statusOf(Delivery d) {
        return new AddressStatus(d.papAddress(), d.state(), d.eventTime(), d.attempts(), d.lastSipStatus(), d.reason());
    }
}
