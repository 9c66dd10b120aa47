package io.sipush.ppg.push.notification;

import java.util.Objects;

/**
 * One claimed attempt to send a result notification: what to POST where, and the attempt number
 * that the outcome must quote, so that the outcome of an attempt whose claim ran out is ignored.
 */
public record NotificationAttempt(
        long notificationId, int number, String piName, String pushId, String url, byte[] body) {
    public NotificationAttempt {
        Objects.requireNonNull(piName, "piName");
        Objects.requireNonNull(pushId, "pushId");
        Objects.requireNonNull(url, "url");
        body = Objects.requireNonNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
