package io.sipush.ppg.pap;

import java.util.List;

/**
 * The cancel-message operation (WAP-247-PAP-20010429-a §9.4). No
 * addresses means: cancel the push for all of its addresses.
 */
public record CancelMessage(PapVersion version, String pushId, List<PushAddress> addresses) implements PapRequest {

    public CancelMessage {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        addresses = Validation.copyOf(addresses, "address");
    }

    /** @throws PapException 2000 when the push-id is missing */
    public static CancelMessage of(PapVersion version, String pushId, List<PushAddress> addresses) throws PapException {
        return Validation.construct(() -> new CancelMessage(version, pushId, addresses));
    }
}
