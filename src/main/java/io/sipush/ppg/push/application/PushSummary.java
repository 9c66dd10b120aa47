package io.sipush.ppg.push.application;

import java.time.Instant;
import java.util.List;

/** A push as the operator's list shows it: who sent it, when, and the state at each address. */
public record PushSummary(
        long key,
        String piName,
        String pushId,
        Instant receivedAt,
        String applicationId,
        String contentType,
        List<AddressStatus> addresses) {

    public PushSummary {
        addresses = List.copyOf(addresses);
    }
}
