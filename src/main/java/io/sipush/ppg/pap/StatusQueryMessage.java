package io.sipush.ppg.pap;

import java.util.List;

/**
 * The statusquery-message operation (WAP-247-PAP-20010429-a §9.8). No
 * addresses means: report every address of the push.
 */
public record StatusQueryMessage(PapVersion version, String pushId, List<PushAddress> addresses) implements PapRequest {

    public StatusQueryMessage {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        addresses = Validation.copyOf(addresses, "address");
    }

    /** @throws PapException 2000 when the push-id is missing */
    public static StatusQueryMessage of(PapVersion version, String pushId, List<PushAddress> addresses)
            throws PapException {
        return Validation.construct(() -> new StatusQueryMessage(version, pushId, addresses));
    }
}
