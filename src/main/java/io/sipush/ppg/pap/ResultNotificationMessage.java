package io.sipush.ppg.pap;

import java.time.Instant;

/**
 * The resultnotification-message the PPG posts to {@code ppg-notify-requested-to} when a push
 * reaches a final state (WAP-247-PAP-20010429-a §9.6). sender-address, sender-name,
 * received-time and desc are optional (null when absent); the QoS defaults to
 * {@link QualityOfService#defaults()} and is written only when it differs from them.
 */
public record ResultNotificationMessage(
        PapVersion version,
        String pushId,
        String senderAddress,
        String senderName,
        Instant receivedTime,
        Instant eventTime,
        MessageState messageState,
        StatusCode code,
        String desc,
        PushAddress address,
        QualityOfService qos)
        implements PapResponse {

    public ResultNotificationMessage {
        Validation.requirePresent(version, "version");
        Validation.requireText(pushId, "push-id");
        Validation.requirePresent(eventTime, "event-time");
        Validation.requirePresent(messageState, "message-state");
        Validation.requirePresent(code, "code");
        Validation.requirePresent(address, "resultnotification-message address");
        senderAddress = Validation.emptyToNull(senderAddress);
        senderName = Validation.emptyToNull(senderName);
        desc = Validation.emptyToNull(desc);
        qos = qos == null ? QualityOfService.defaults() : qos;
    }
}
