package io.sipush.ppg.content.dm;

import java.nio.ByteBuffer;

/**
 * Writes a {@link Package0} as the exact bytes of General Package #0
 * (OMA-TS-DM_Notification-V1_2 §6.2): digest (16 bytes) | version (10 bits) | ui-mode (2) |
 * initiator (1) | future-use (27, zero) | sessionid (16) | length-identifier (8) |
 * server-identifier | vendor-specific data. Big-endian.
 */
public final class Package0Encoder {

    private Package0Encoder() {}

    /**
     * The whole package: the digest computed with {@code credentials} and {@code nonce}, then
     * the trigger. The credentials must belong to the package's server.
     */
    public static byte[] encode(Package0 notification, DmServerCredentials credentials, byte[] nonce) {
        if (!notification.serverId().equals(credentials.serverId())) {
            throw new IllegalArgumentException("credentials are for server " + credentials.serverId()
                    + ", the package names " + notification.serverId());
        }
        byte[] trigger = trigger(notification);
        byte[] digest = Package0Digest.compute(credentials, nonce, trigger);
        return ByteBuffer.allocate(digest.length + trigger.length)
                .put(digest)
                .put(trigger)
                .array();
    }

    /** Every byte after the digest: the part that the digest covers. */
    public static byte[] trigger(Package0 notification) {
        byte[] serverId = notification.serverIdBytes();
        byte[] vendorSpecific = notification.vendorSpecific();
        ByteBuffer trigger =
                ByteBuffer.allocate(Package0Layout.FIXED_TRIGGER_LENGTH + serverId.length + vendorSpecific.length);
        putFlags(trigger, notification);
        trigger.putShort((short) notification.sessionId());
        trigger.put((byte) serverId.length);
        trigger.put(serverId);
        trigger.put(vendorSpecific);
        return trigger.array();
    }

    private static void putFlags(ByteBuffer buffer, Package0 notification) {
        long flags = ((long) notification.version() << Package0Layout.VERSION_SHIFT)
                | ((long) notification.uiMode().code() << Package0Layout.UI_MODE_SHIFT)
                | ((long) notification.initiator().bit() << Package0Layout.INITIATOR_SHIFT);
        for (int i = Package0Layout.FLAGS_LENGTH - 1; i >= 0; i--) {
            buffer.put((byte) (flags >>> (8 * i)));
        }
    }
}
