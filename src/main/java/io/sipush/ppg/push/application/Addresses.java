package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.terminal.AddressOfRecord;
import java.util.Optional;

/**
 * Push addresses as the store keys them: by the terminal's address of record, so that the
 * forms a Push Initiator may write for one terminal ({@code wappush=} or {@code WAPPUSH=}, a
 * {@code @ppg} part or none, {@code tel:} or PLMN) name the same delivery.
 */
final class Addresses {
    private Addresses() {}

    /** The address of record, or empty when the address names none (for example a bad URI). */
    static Optional<String> aorOf(PushAddress address, String homeDomain) {
        try {
            return Optional.of(AddressOfRecord.parse(address.toSipUri(homeDomain), homeDomain)
                    .value());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
