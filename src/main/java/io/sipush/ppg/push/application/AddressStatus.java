package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import java.util.Optional;

/** The state of a push at one address, as a status query reports it. */
public record AddressStatus(
        String papAddress,
        MessageState state,
        Instant eventTime,
        int attempts,
        Optional<Integer> lastSipStatus,
        Optional<String> reason) {}
