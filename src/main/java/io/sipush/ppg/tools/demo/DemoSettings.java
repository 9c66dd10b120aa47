package io.sipush.ppg.tools.demo;

import io.sipush.ppg.tools.piclient.PiCredentials;
import java.net.URI;
import java.time.Duration;

/**
 * Where the demo runs: the PPG's PAP endpoint and PI account, the registrar (PPG or SIP core)
 * the terminal registers at, and the loopback ports of the terminal and the DM server.
 */
public record DemoSettings(
        URI pap,
        PiCredentials pi,
        String registrar,
        int terminalPort,
        int dmServerPort,
        String aor,
        Duration stepTimeout) {

    public static final String DEFAULT_AOR = "sip:gamer@ims.example.org";
}
