package io.sipush.ppg.it;

import java.time.Duration;
import java.time.Instant;
import javax.sip.message.Response;

/**
 * Waits until a PPG just deployed answers a REGISTER with 200. Arquillian reports a deployment
 * once the application has started (CWWKZ0001I), but for a moment after that Open Liberty's SIP
 * router may still refuse a REGISTER for a "nonexisting siplet" (CWSCT0017E): in a clean-clone
 * run of session 8 the first terminal of {@code FirstPushIT} was refused so, 16 ms after the
 * router came up, and its push then had no route. The probe de-registers a contact that was never
 * bound (Expires: 0), so it leaves no binding behind.
 */
final class SipSideReady {
    private static final int PROBE_TERMINAL = 98;
    private static final String PROBE_AOR = "sip:arquillian-probe@ims.example.org";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private SipSideReady() {}

    static void await(ArquillianPpg ppg) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        String last = "no answer";
        try (SipTerminal probe = SipTerminal.start(ItPorts.terminal(PROBE_TERMINAL), ppg.registrar())) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    Response answer = probe.register(PROBE_AOR, 0);
                    if (answer.getStatusCode() == Response.OK) {
                        return;
                    }
                    last = answer.getStatusCode() + " " + answer.getReasonPhrase();
                } catch (java.util.concurrent.TimeoutException e) {
                    last = "no answer within 10 s";
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(
                ppg.serverName() + " did not answer a REGISTER with 200 within " + LIMIT + "; last: " + last);
    }
}
