package io.sipush.ppg.pap;

/**
 * The badmessage-response to a request the PPG could not understand, code 2000 or 3002
 * (WAP-247-PAP-20010429-a §9.12). desc and bad-message-fragment are optional (null when absent).
 */
public record BadMessageResponse(PapVersion version, StatusCode code, String desc, String badMessageFragment)
        implements PapResponse {

    public BadMessageResponse {
        Validation.requirePresent(version, "version");
        Validation.requirePresent(code, "code");
        desc = Validation.emptyToNull(desc);
        badMessageFragment = Validation.emptyToNull(badMessageFragment);
    }

    /** The reply that reports a decoding failure, in the version the Push Initiator used. */
    public static BadMessageResponse of(PapVersion version, PapException failure) {
        return new BadMessageResponse(version, failure.code(), failure.getMessage(), failure.fragment());
    }
}
