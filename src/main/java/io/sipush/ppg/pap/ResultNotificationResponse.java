package io.sipush.ppg.pap;

/**
 * The Push Initiator's answer to a resultnotification-message (WAP-247-PAP-20010429-a §9.7).
 * desc and address are optional (null when absent).
 */
public record ResultNotificationResponse(
        PapVersion version, String pushId, StatusCode code, String desc, PushAddress address) implements PapRequest {

    public ResultNotificationResponse {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        Validation.requirePresent(code, "code");
        desc = Validation.emptyToNull(desc);
    }

    /** @throws PapException 2000 when the push-id or the code is missing */
    public static ResultNotificationResponse of(
            PapVersion version, String pushId, StatusCode code, String desc, PushAddress address) throws PapException {
        return Validation.construct(() -> new ResultNotificationResponse(version, pushId, code, desc, address));
    }
}
