package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;

/**
 * Raised inside the transaction in which a delivery reached its final state, so that what must
 * follow it (a result notification to the PI) is stored in the same transaction. It names the
 * push (PI and push-id) and its times, for the logs and the delivery-latency metric.
 */
public record DeliveryEnded(
        long pushKey,
        long deliveryId,
        MessageState state,
        String piName,
        String pushId,
        Instant receivedAt,
        Instant endedAt) {
    public static DeliveryEnded of(Delivery delivery) {
        Push push = delivery.push();
        return new DeliveryEnded(
                push.id(),
                delivery.id(),
                delivery.state(),
                push.piName(),
                push.pushId(),
                push.receivedAt(),
                delivery.eventTime());
    }
}
