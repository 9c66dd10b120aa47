package io.sipush.ppg.push;

import io.sipush.ppg.pap.DeliveryMethod;
import java.time.Instant;
import java.util.Objects;

/**
 * What the delivery engine needs to attempt a pending delivery without loading the push: where
 * it goes, when, how its answers count, and (when at hand) the content.
 *
 * @param readyAt the time of the next attempt, or null while it waits for a registration
 * @param content the content, or null when it is to be read from the store at the attempt
 */
public record DeliveryTicket(
        long deliveryId,
        long pushKey,
        String piName,
        String pushId,
        String aor,
        int priorityRank,
        Instant readyAt,
        int attempts,
        boolean redirected,
        String redirectUri,
        Instant receivedAt,
        Instant deliverBefore,
        DeliveryMethod deliveryMethod,
        String applicationId,
        String contentType,
        boolean notifies,
        byte[] content) {

    public DeliveryTicket {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** The ticket of a delivery of a push just stored, with its content. */
    public static DeliveryTicket of(Push push, Delivery delivery) {
        return new DeliveryTicket(
                delivery.id(),
                push.id(),
                push.piName(),
                push.pushId(),
                delivery.aor(),
                delivery.priorityRank(),
                delivery.nextAttemptAt().orElse(null),
                delivery.attempts(),
                false,
                null,
                push.receivedAt(),
                push.deliverBefore().orElse(null),
                push.deliveryMethod(),
                push.applicationId(),
                push.contentType(),
                push.notifyRequestedTo().isPresent(),
                push.content());
    }
}
