package io.sipush.ppg.push;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step in the history of a delivery: what happened, when, and the SIP code if any. */
public record DeliveryEvent(Instant at, String what, Optional<Integer> sipStatus, String detail) {
    public DeliveryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(sipStatus, "sipStatus");
        detail = detail == null ? "" : detail;
    }
}
