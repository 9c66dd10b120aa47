package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.cp.BootstrapSecrets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a terminal simulator is set up: where it listens, where it registers and as whom, which
 * push application IDs it announces, its secrets, and how its user answers questions.
 *
 * @param registrar host:port of the PPG or SIP core that REGISTERs (and every request) go to
 * @param apps values of {@code +g.oma.pusheventapp} in the Contact
 */
public record TerminalConfig(
        String host,
        int port,
        String registrar,
        String aor,
        List<String> apps,
        int expires,
        Optional<BootstrapSecrets> secrets,
        String deviceId,
        Predicate<String> userAccepts,
        List<DmAccount> presetAccounts) {

    public static final List<String> DEFAULT_APPS = List.of("syncml.dm", "wml.ua");
    public static final String DEFAULT_DEVICE_ID = "IMEI:490154203237518";

    /** The DevInfo nodes the terminal reports in Package #1. */
    public Map<String, String> devInfo() {
        return Map.of(
                "./DevInfo/DevId", deviceId,
                "./DevInfo/Man", "sipush",
                "./DevInfo/Mod", "ppg-tools terminal simulator",
                "./DevInfo/DmV", "1.2",
                "./DevInfo/Lang", "en");
    }
}
