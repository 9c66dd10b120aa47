package io.sipush.ppg.pap;

/**
 * The client capabilities query, ccq-message (WAP-247-PAP-20010429-a §9.10). The app-id is
 * optional (null when absent).
 */
public record CcqMessage(PapVersion version, String queryId, String appId, PushAddress address) implements PapRequest {

    public CcqMessage {
        Validation.requirePresent(version, "version");
        Validation.requireText(queryId, "query-id");
        appId = Validation.emptyToNull(appId);
        Validation.requirePresent(address, "ccq-message address");
    }

    /** @throws PapException 2000 when the query-id or the address is missing */
    public static CcqMessage of(PapVersion version, String queryId, String appId, PushAddress address)
            throws PapException {
        return Validation.construct(() -> new CcqMessage(version, queryId, appId, address));
    }
}
