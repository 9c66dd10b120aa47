package io.sipush.ppg.pap;

import java.time.Instant;

/**
 * The push-response to a push-message, with its response-result (WAP-247-PAP-20010429-a §9.3).
 * sender-address, sender-name, reply-time and desc are optional (null when absent).
 */
public record PushResponse(
        PapVersion version,
        String pushId,
        String senderAddress,
        String senderName,
        Instant replyTime,
        StatusCode code,
        String desc)
        implements PapResponse {

    public PushResponse {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        Validation.requirePresent(code, "code");
        senderAddress = Validation.emptyToNull(senderAddress);
        senderName = Validation.emptyToNull(senderName);
        desc = Validation.emptyToNull(desc);
    }
}
