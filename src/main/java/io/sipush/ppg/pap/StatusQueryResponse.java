package io.sipush.ppg.pap;

import java.util.List;

/** The statusquery-response, one or more statusquery-results (WAP-247-PAP-20010429-a §9.9). */
public record StatusQueryResponse(PapVersion version, String pushId, List<StatusQueryResult> results)
        implements PapResponse {

    public StatusQueryResponse {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        results = Validation.copyOf(results, "statusquery-result");
        Validation.requireBadRequest(!results.isEmpty(), "statusquery-response has no statusquery-result");
    }
}
