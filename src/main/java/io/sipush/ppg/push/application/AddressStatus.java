package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import java.util.Optional;

/**
 * The state of a push at one address, as a status query reports it.
 *
 * @param attempts the answered attempts
 * @param pushKey the push's store key and {@code deliveryId} the delivery's, by which a MESSAGE
 *     in flight is found (0 where not known)
 */
public record AddressStatus(
        String papAddress,
        MessageState state,
        Instant eventTime,
        int attempts,
        Optional<Integer> lastSipStatus,
        Optional<String> reason,
        long pushKey,
        long deliveryId) {}
