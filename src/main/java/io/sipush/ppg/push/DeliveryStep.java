package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a delivery decided by the delivery engine, to be applied to the stored delivery:
 * an attempt (the MESSAGE sent at {@code sentAt} to {@code target}, if there was one) and what
 * it came to. Applying a step to a delivery that is already final changes nothing (a
 * cancellation or an expiry was recorded first).
 *
 * @param sentAt when the MESSAGE of this step went out, or null for a step without an attempt
 * @param detail the reason (undeliverable, retry) or the Contact to follow (redirect)
 * @param nextAttempt the time of the next attempt (retry)
 */
public record DeliveryStep(
        long deliveryId,
        Kind kind,
        Instant at,
        Instant sentAt,
        String target,
        Integer sipStatus,
        String detail,
        Instant nextAttempt) {

    /** What the step does to the delivery. */
    public enum Kind {
        DELIVERED,
        UNDELIVERABLE,
        RETRY,
        REDIRECT,
        EXPIRED,
        AWAIT_REGISTRATION,
        ROUTE_AVAILABLE;

        /** True for the kinds that end the delivery. */
        public boolean isFinal() {
            return this == DELIVERED || this == UNDELIVERABLE || this == EXPIRED;
        }

        /** The PAP message state a final kind ends the delivery in. */
        public MessageState finalState() {
            return switch (this) {
                case DELIVERED -> MessageState.DELIVERED;
                case UNDELIVERABLE -> MessageState.UNDELIVERABLE;
                case EXPIRED -> MessageState.EXPIRED;
                default -> throw new IllegalStateException(this + " is not final");
            };
        }
    }

    public DeliveryStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** The terminal answered the MESSAGE sent at {@code sentAt}; {@code kind} is what that means. */
    public static DeliveryStep answered(
            long deliveryId,
            Kind kind,
            Instant sentAt,
            String target,
            Instant at,
            int sipStatus,
            String detail,
            Instant nextAttempt) {
        return new DeliveryStep(deliveryId, kind, at, sentAt, target, sipStatus, detail, nextAttempt);
    }

    /** A step without an attempt: expired, awaiting registration, route available. */
    public static DeliveryStep unattempted(long deliveryId, Kind kind, Instant at) {
        return new DeliveryStep(deliveryId, kind, at, null, null, null, null, null);
    }

    /**
     * Applies the step with the delivery's own state machine. Returns false, changing nothing,
     * when the delivery is already final.
     */
    public boolean applyTo(Delivery delivery) {
        if (delivery.isFinal()) {
            return false;
        }
        if (sentAt != null) {
            delivery.dispatched(sentAt, target == null ? "" : target);
        }
        switch (kind) {
            case DELIVERED -> delivery.delivered(at, sipStatus);
            case UNDELIVERABLE -> delivery.undeliverable(at, sipStatus, detail);
            case RETRY -> delivery.retryAt(nextAttempt, sipStatus, detail);
            case REDIRECT -> delivery.redirectTo(detail, at, sipStatus);
            case EXPIRED -> delivery.expired(at);
            case AWAIT_REGISTRATION -> delivery.awaitRegistration();
            case ROUTE_AVAILABLE -> delivery.routeAvailable(at);
        }
        return true;
    }
}
