package io.sipush.ppg.content.dm;

/**
 * Builds a {@link Package0} with the usual defaults: version {@value Package0#DEFAULT_VERSION},
 * ui-mode not specified, server-initiated, no vendor data
 * (OMA-TS-DM_Notification-V1_2 §6.2).
 */
public final class Package0Builder {

    private final String serverId;
    private int version = Package0.DEFAULT_VERSION;
    private UiMode uiMode = UiMode.NOT_SPECIFIED;
    private Initiator initiator = Initiator.SERVER;
    private int sessionId;
    private byte[] vendorSpecific = new byte[0];

    private Package0Builder(String serverId) {
        this.serverId = serverId;
    }

    /** Starts a package for the DM server whose ServerID is {@code serverId}. */
    public static Package0Builder forServer(String serverId) {
        return new Package0Builder(serverId);
    }

    public Package0Builder version(int version) {
        this.version = version;
        return this;
    }

    public Package0Builder uiMode(UiMode uiMode) {
        this.uiMode = uiMode;
        return this;
    }

    public Package0Builder initiator(Initiator initiator) {
        this.initiator = initiator;
        return this;
    }

    /** Required: 1..0xFFFF. */
    public Package0Builder sessionId(int sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public Package0Builder vendorSpecific(byte[] vendorSpecific) {
        this.vendorSpecific = vendorSpecific.clone();
        return this;
    }

    /** Validates and builds; throws {@link IllegalArgumentException} on an invalid field. */
    public Package0 build() {
        return new Package0(version, uiMode, initiator, sessionId, serverId, vendorSpecific);
    }
}
