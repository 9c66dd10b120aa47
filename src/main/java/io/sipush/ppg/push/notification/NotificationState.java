package io.sipush.ppg.push.notification;

/** Where a result notification stands: waiting to be sent, sent, or given up. */
public enum NotificationState {
    /** Stored, not yet answered by the Push Initiator with a resultnotification-response. */
    PENDING,
    /** The Push Initiator answered with a resultnotification-response. */
    SENT,
    /** The retry limit passed without an answer; the PPG stopped trying. */
    ABANDONED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
