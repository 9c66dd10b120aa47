package io.sipush.ppg.pap;

import java.util.List;

/**
 * One cancel-result of a cancel-response: the outcome for the listed addresses, or for all
 * addresses when none are listed (WAP-247-PAP-20010429-a §9.5).
 */
public record CancelResult(StatusCode code, String desc, List<PushAddress> addresses) {

    public CancelResult {
        Validation.requirePresent(code, "code");
        desc = Validation.emptyToNull(desc);
        addresses = Validation.copyOf(addresses, "address");
    }
}
