package io.sipush.ppg.push;

/** How the PPG names itself in the sender-name of its PAP messages (WAP-247-PAP §9.3, §9.6). */
public final class PpgSender {
    public static final String NAME = "SIP Push Proxy Gateway";

    private PpgSender() {}
}
