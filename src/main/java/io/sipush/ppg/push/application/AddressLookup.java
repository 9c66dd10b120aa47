package io.sipush.ppg.push.application;

import java.util.Objects;
import java.util.Optional;

/**
 * One address a Push Initiator asked about: its status, or empty when the push was not sent to
 * that address (PAP 2003 ADDRESS_NOT_FOUND).
 */
public record AddressLookup(String papAddress, Optional<AddressStatus> status) {
    public AddressLookup {
        Objects.requireNonNull(papAddress, "papAddress");
        status = status == null ? Optional.empty() : status;
    }

    static AddressLookup found(AddressStatus status) {
        return new AddressLookup(status.papAddress(), Optional.of(status));
    }

    static AddressLookup notSentTo(String papAddress) {
        return new AddressLookup(papAddress, Optional.empty());
    }
}
