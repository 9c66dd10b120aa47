package io.sipush.ppg.delivery;

import java.util.Optional;

/**
 * The MESSAGEs in flight on this instance, as the PAP side sees them (DESIGN.md §3): a status
 * query or a cancel-message for a push whose MESSAGE is out finds it here, by the push's key,
 * without knowing anything of SIP. Implemented on the push's SIP application session in {@code
 * delivery.otasip}.
 */
public interface InFlightMessages {

    /** The MESSAGE of this delivery that is out on this instance and not answered yet, if any. */
    Optional<InFlight> find(long pushKey, long deliveryId);

    /**
     * Marks the MESSAGE of a delivery that the PI cancelled (the cancellation is already stored):
     * its answer, when it comes, no longer delivers the push. Returns the MESSAGE as it was in
     * flight, or empty when none was out on this instance.
     */
    Optional<InFlight> cancelled(long pushKey, long deliveryId);
}
