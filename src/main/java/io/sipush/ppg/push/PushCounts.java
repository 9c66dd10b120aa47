package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over the whole store: pushes accepted, deliveries (one per push and address) by state,
 * what the pending ones are doing, and the result notifications not yet answered.
 *
 * @param inFlight pending deliveries with a MESSAGE out and no answer yet
 * @param retrying pending deliveries that failed at least once and wait for their next attempt
 * @param awaitingRegistration pending deliveries that wait for their terminal to register
 */
public record PushCounts(
        long pushes,
        Map<MessageState, Long> deliveriesByState,
        long inFlight,
        long retrying,
        long awaitingRegistration,
        long notificationsPending,
        long notificationsAbandoned) {

    public PushCounts {
        Map<MessageState, Long> all = new EnumMap<>(MessageState.class);
        for (MessageState state : MessageState.values()) {
            all.put(state, deliveriesByState.getOrDefault(state, 0L));
        }
        deliveriesByState = Map.copyOf(all);
    }

    public long deliveries(MessageState state) {
        return deliveriesByState.get(state);
    }
}
