package io.sipush.ppg.delivery.otasip;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;

/**
 * The SIP side's first request out, sent alone when the SIP servlet starts: an OPTIONS (RFC 3261
 * §11) from the PPG to its own UDP listener. The container sets up its application router and
 * its UDP link with the first request out; when that first request was a burst of MESSAGEs from
 * many threads at once, its UDP listener read nothing more in 2 of 4 starts here (Open Liberty
 * 26.0.0.3), so no MESSAGE goes out before the probe's answer is in, or {@link #PATIENCE} passed.
 */
final class ListenerProbe {
    static final String MARK = "ppg.listenerProbe";
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ListenerProbe.class.getName());

    private volatile Instant sentAt;
    private volatile boolean answered;

    /** Sends the OPTIONS from {@code identity} to the first UDP listener of {@code listeners}. */
    void send(SipFactory factory, List<SipURI> listeners, String identity) {
        sentAt = Instant.now();
        SipURI target = udpListener(listeners);
        if (target == null) {
            answered = true;
            return;
        }
        try {
            SipServletRequest options =
                    factory.createRequest(factory.createApplicationSession(), "OPTIONS", identity, target.toString());
            options.getSession().setAttribute(MARK, Boolean.TRUE);
            options.send();
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the SIP listener probe (OPTIONS to " + target + ") was not sent", e);
            answered = true;
        }
    }

    /** Whether {@code response} answers the probe. */
    static boolean answers(SipServletResponse response) {
        return "OPTIONS".equals(response.getMethod()) && response.getSession().getAttribute(MARK) != null;
    }

    void answered(int status) {
        answered = true;
        LOG.info(() -> "SIP listener probe answered " + status + " after "
                + Duration.between(sentAt, Instant.now()).toMillis() + " ms");
    }

    /** True once the probe was answered, or {@link #PATIENCE} after it was sent. */
    boolean done(Instant now) {
        Instant sent = sentAt;
        return answered || (sent != null && !now.isBefore(sent.plus(PATIENCE)));
    }

    private static SipURI udpListener(List<SipURI> listeners) {
        if (listeners == null) {
            return null;
        }
        return listeners.stream()
                .filter(uri -> uri.getTransportParam() == null || "udp".equalsIgnoreCase(uri.getTransportParam()))
                .findFirst()
                .orElse(null);
    }
}
