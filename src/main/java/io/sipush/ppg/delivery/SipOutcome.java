package io.sipush.ppg.delivery;

import io.sipush.ppg.pap.DeliveryMethod;

/**
 * How a final SIP answer to a push MESSAGE ends its delivery (DESIGN.md §4 "Outcomes").
 *
 * <ul>
 *   <li>200 (or another 2xx from the terminal): delivered, which also satisfies {@code
 *       confirmed}.
 *   <li>202 Accepted (RFC 3428 §7: an intermediary took it): delivered for {@code unconfirmed},
 *       {@code preferconfirmed} and {@code notspecified}; for {@code confirmed} it is no
 *       confirmation, and the delivery ends undeliverable rather than being sent twice.
 *   <li>408, 480, 503, and the transient server errors 500 and 504: retry.
 *   <li>Every other answer (3xx, 4xx, 5xx, 6xx): undeliverable.
 * </ul>
 */
public enum SipOutcome {
    DELIVERED,
    RETRY,
    UNDELIVERABLE;

    public static SipOutcome of(int sipStatus, DeliveryMethod method) {
        if (sipStatus == 202) {
            return method == DeliveryMethod.CONFIRMED ? UNDELIVERABLE : DELIVERED;
        }
        if (sipStatus >= 200 && sipStatus < 300) {
            return DELIVERED;
        }
        return switch (sipStatus) {
            case 408, 480, 500, 503, 504 -> RETRY;
            default -> UNDELIVERABLE;
        };
    }
}
