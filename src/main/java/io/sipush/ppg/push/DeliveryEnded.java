package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;

/**
 * Raised inside the transaction in which a delivery reached its final state, so that what must
 * follow it (a result notification to the PI) is stored in the same transaction.
 */
public record DeliveryEnded(long pushKey, long deliveryId, MessageState state) {
    public static DeliveryEnded of(Delivery delivery) {
        return new DeliveryEnded(delivery.push().id(), delivery.id(), delivery.state());
    }
}
