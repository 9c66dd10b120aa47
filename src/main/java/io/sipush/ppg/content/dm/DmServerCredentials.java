package io.sipush.ppg.content.dm;

import java.util.Objects;

/**
 * The DM server's identifier and password that key the Package #0 digest
 * (OMA-TS-DM_Notification-V1_2 §6.2, digest). Both are used as UTF-8.
 */
public final class DmServerCredentials {

    private final String serverId;
    private final String serverPassword;

    public DmServerCredentials(String serverId, String serverPassword) {
        this.serverId = Objects.requireNonNull(serverId, "serverId");
        this.serverPassword = Objects.requireNonNull(serverPassword, "serverPassword");
        if (serverId.isEmpty()) {
            throw new IllegalArgumentException("server id must not be empty");
        }
    }

    public String serverId() {
        return serverId;
    }

    public String serverPassword() {
        return serverPassword;
    }

    @Override
    public String toString() {
        return "DmServerCredentials[serverId=" + serverId + ", serverPassword=***]";
    }
}
