package io.sipush.ppg.content.dm;

import java.util.Locale;

/**
 * Renders a Package #0 session id the way the client writes it in Package #1's SessionID:
 * upper-case hexadecimal without leading zeros (OMA-TS-DM_Notification-V1_2 §6.2, sessionid).
 */
public final class Package1SessionId {

    private Package1SessionId() {}

    /** For example 0x00AB becomes {@code "AB"} and 1 becomes {@code "1"}. */
    public static String render(int sessionId) {
        if (sessionId < Package0.MIN_SESSION_ID || sessionId > Package0.MAX_SESSION_ID) {
            throw new IllegalArgumentException("session id must be 1..0xFFFF, was " + sessionId);
        }
        return Integer.toHexString(sessionId).toUpperCase(Locale.ROOT);
    }
}
