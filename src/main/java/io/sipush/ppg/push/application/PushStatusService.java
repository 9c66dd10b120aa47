package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushRepository;
import java.util.ArrayList;
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

    @Inject
    PpgSettings settings;

    /** Every address of the push. */
    @Transactional
    public List<AddressStatus> status(String piName, String pushId) throws PushIdNotFoundException {
        Push push = pushes.find(piName, pushId).orElseThrow(() -> new PushIdNotFoundException(pushId));
        return push.deliveries().stream().map(PushStatusService::statusOf).toList();
    }

    /**
     * The addresses named, in the order named (all of the push's addresses when none are named);
     * an address the push was not sent to is looked up empty.
     */
    @Transactional
    public List<AddressLookup> status(String piName, String pushId, List<PushAddress> addresses)
            throws PushIdNotFoundException {
        Push push = pushes.find(piName, pushId).orElseThrow(() -> new PushIdNotFoundException(pushId));
        List<AddressLookup> lookups = new ArrayList<>();
        for (AddressSelection.Selected selected :
                AddressSelection.select(push.deliveries(), addresses, settings.homeDomain())) {
            if (selected.deliveries().isEmpty()) {
                lookups.add(AddressLookup.notSentTo(selected.papAddress()));
            }
            selected.deliveries().forEach(d -> lookups.add(AddressLookup.found(statusOf(d))));
        }
        return lookups;
    }

    static AddressStatus statusOf(Delivery d) {
        return new AddressStatus(
                d.papAddress(),
                d.state(),
                d.eventTime(),
                d.attempts(),
                d.lastSipStatus(),
                d.reason(),
                d.push() == null ? 0 : key(d.push().id()),
                key(d.id()));
    }

    private static long key(Long id) {
        return id == null ? 0 : id;
    }
}
