package io.sipush.ppg.content.dm;

import java.util.Objects;

/**
 * A decoded General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2): the digest as received, the
 * fields, and the raw trigger bytes the digest covers.
 */
public final class ReceivedPackage0 {

    private final byte[] digest;
    private final Package0 notification;
    private final byte[] trigger;

    ReceivedPackage0(byte[] digest, Package0 notification, byte[] trigger) {
        if (digest.length != Package0Digest.LENGTH) {
            throw new IllegalArgumentException("digest must be 16 bytes, was " + digest.length);
        }
        this.digest = digest.clone();
        this.notification = Objects.requireNonNull(notification, "notification");
        this.trigger = trigger.clone();
    }

    public byte[] digest() {
        return digest.clone();
    }

    public Package0 notification() {
        return notification;
    }

    public byte[] trigger() {
        return trigger.clone();
    }

    @Override
    public String toString() {
        return "ReceivedPackage0[" + notification + "]";
    }
}
