package io.sipush.ppg.content.dm;

import java.nio.charset.StandardCharsets;

/**
 * Which nonce a Package #0 digest was computed with (OMA-TS-DM_Notification-V1_2 §6.2, digest).
 *
 * <p>After a failed check a client retries with the resynchronisation nonce {@code 0x00000000}.
 * Implementations disagree on what that is: some take four zero bytes, others the ASCII string
 * {@code "0x00000000"}. Both readings are tried, in declaration order.
 */
public enum NonceReading {
    /** The nonce the server currently holds for this client. */
    SERVER_NONCE,
    /** The resynchronisation nonce read as four zero bytes. */
    RESYNC_ZERO_BYTES,
    /** The resynchronisation nonce read as the 10-character ASCII string "0x00000000". */
    RESYNC_ASCII_STRING;

    private static final byte[] ZERO_BYTES = new byte[4];
    private static final byte[] ASCII_STRING = "0x00000000".getBytes(StandardCharsets.US_ASCII);

    /** The nonce bytes this reading stands for, given the server's own nonce. */
    public byte[] nonce(byte[] serverNonce) {
        switch (this) {
            case SERVER_NONCE:
                return serverNonce.clone();
            case RESYNC_ZERO_BYTES:
                return ZERO_BYTES.clone();
            default:
                return ASCII_STRING.clone();
        }
    }

    /** True for either reading of the resynchronisation nonce. */
    public boolean isResync() {
        return this != SERVER_NONCE;
    }
}
