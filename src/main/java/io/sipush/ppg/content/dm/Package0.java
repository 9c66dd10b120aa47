package io.sipush.ppg.content.dm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The content of an OMA DM General Package #0 notification, without its digest
 * (OMA-TS-DM_Notification-V1_2 §6.2).
 *
 * <p>Validated on construction: version fits 10 bits, session id is 1..0xFFFF, and the server
 * identifier is 1..255 bytes in UTF-8. {@link Package0Encoder} turns it into bytes.
 */
public final class Package0 {

    /** DM 1.2 sends version 12 (version × 10); some stacks check for 11. */
    public static final int DEFAULT_VERSION = 12;

    public static final int MAX_VERSION = 0x3FF;
    public static final int MIN_SESSION_ID = 1;
    public static final int MAX_SESSION_ID = 0xFFFF;
    public static final int MAX_SERVER_ID_BYTES = 0xFF;

    private final int version;
    private final UiMode uiMode;
    private final Initiator initiator;
    private final int sessionId;
    private final String serverId;
    private final byte[] vendorSpecific;

    public Package0(
            int version, UiMode uiMode, Initiator initiator, int sessionId, String serverId, byte[] vendorSpecific) {
        this.version = requireVersion(version);
        this.uiMode = Objects.requireNonNull(uiMode, "uiMode");
        this.initiator = Objects.requireNonNull(initiator, "initiator");
        this.sessionId = requireSessionId(sessionId);
        this.serverId = requireServerId(serverId);
        this.vendorSpecific =
                Objects.requireNonNull(vendorSpecific, "vendorSpecific").clone();
    }

    private static int requireVersion(int version) {
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version must fit 10 bits (0.." + MAX_VERSION + "), was " + version);
        }
        return version;
    }

    private static int requireSessionId(int sessionId) {
        if (sessionId < MIN_SESSION_ID || sessionId > MAX_SESSION_ID) {
            throw new IllegalArgumentException("session id must be 1..0xFFFF, was " + sessionId);
        }
        return sessionId;
    }

    private static String requireServerId(String serverId) {
        Objects.requireNonNull(serverId, "serverId");
        int length = serverId.getBytes(StandardCharsets.UTF_8).length;
        if (length == 0 || length > MAX_SERVER_ID_BYTES) {
            throw new IllegalArgumentException("server id must be 1..255 bytes in UTF-8, was " + length + " bytes");
        }
        return serverId;
    }

    public int version() {
        return version;
    }

    public UiMode uiMode() {
        return uiMode;
    }

    public Initiator initiator() {
        return initiator;
    }

    public int sessionId() {
        return sessionId;
    }

    public String serverId() {
        return serverId;
    }

    /** The server identifier as it goes on the wire (UTF-8). */
    public byte[] serverIdBytes() {
        return serverId.getBytes(StandardCharsets.UTF_8);
    }

    /** Vendor-specific data after the server identifier; empty when there is none. */
    public byte[] vendorSpecific() {
        return vendorSpecific.clone();
    }

    /** The session id as Package #1 writes it: upper-case hex without leading zeros. */
    public String sessionIdForPackage1() {
        return Package1SessionId.render(sessionId);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Package0)) {
            return false;
        }
        Package0 that = (Package0) other;
        return version == that.version
                && uiMode == that.uiMode
                && initiator == that.initiator
                && sessionId == that.sessionId
                && serverId.equals(that.serverId)
                && Arrays.equals(vendorSpecific, that.vendorSpecific);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, uiMode, initiator, sessionId, serverId, Arrays.hashCode(vendorSpecific));
    }

    @Override
    public String toString() {
        return "Package0[version=" + version + ", uiMode=" + uiMode + ", initiator=" + initiator
                + ", sessionId=" + sessionIdForPackage1() + ", serverId=" + serverId
                + ", vendorSpecific=" + vendorSpecific.length + " bytes]";
    }
}
