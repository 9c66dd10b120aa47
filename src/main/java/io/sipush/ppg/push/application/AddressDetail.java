package io.sipush.ppg.push.application;

import io.sipush.ppg.push.DeliveryEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The delivery of a push to one address in full: its status, the address of record it went to,
 * what it waits for, and its history, oldest first.
 */
public record AddressDetail(
        AddressStatus status,
        String addressOfRecord,
        boolean inFlight,
        Optional<Instant> nextAttemptAt,
        List<DeliveryEvent> history) {

    public AddressDetail {
        history = List.copyOf(history);
    }
}
