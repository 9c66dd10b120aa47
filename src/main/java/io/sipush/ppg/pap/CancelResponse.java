package io.sipush.ppg.pap;

import java.util.List;

/** The cancel-response, one or more cancel-results (WAP-247-PAP-20010429-a §9.5). */
public record CancelResponse(PapVersion version, String pushId, List<CancelResult> results) implements PapResponse {

    public CancelResponse {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        results = Validation.copyOf(results, "cancel-result");
        Validation.requireBadRequest(!results.isEmpty(), "cancel-response has no cancel-result");
    }
}
