package io.sipush.ppg.pap;

import java.time.Instant;
import java.util.List;

/**
 * One statusquery-result: the message state of the listed addresses, or of all addresses when
 * none are listed (WAP-247-PAP-20010429-a §9.9). desc and event-time are optional.
 */
public record StatusQueryResult(
        StatusCode code, String desc, MessageState messageState, Instant eventTime, List<PushAddress> addresses) {

    public StatusQueryResult {
        Validation.requirePresent(code, "code");
        Validation.requirePresent(messageState, "message-state");
        desc = Validation.emptyToNull(desc);
        addresses = Validation.copyOf(addresses, "address");
    }
}
