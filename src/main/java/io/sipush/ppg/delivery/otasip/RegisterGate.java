package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.PerSourceLogLimit;
import io.sipush.ppg.terminal.RegistrarTrust;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;

/**
 * What stands before the registry (DESIGN.md §4 "Trust and hostile input on the SIP side"): a
 * REGISTER from a source outside {@code PPG_SIP_TRUSTED} gets 403 Forbidden before anything is
 * read (no binding, no removal, no list of an address of record's contacts); a malformed or
 * over-long one gets 400. Refusals are logged at most once per source and minute.
 */
final class RegisterGate {
    private static final Logger LOG = Logger.getLogger(RegisterGate.class.getName());
    private static final int MAX_REASON_PHRASE = 100;

    private final RegistrarTrust trust;
    private final PerSourceLogLimit logLimit = PerSourceLogLimit.perMinute();

    RegisterGate(RegistrarTrust trust) {
        this.trust = trust;
    }

    /** The configured trust, or loopback and the outbound proxy's host, resolved now. */
    static RegisterGate atStart(PpgSettings settings, SipFactory factory) {
        RegistrarTrust trust = RegistrarTrust.of(
                settings.sipTrusted(),
                settings.outboundProxy().map(uri -> addressesOf(factory, uri)).orElse(List.of()));
        LOG.log(Level.INFO, "REGISTER is accepted from {0} (PPG_SIP_TRUSTED)", trust);
        return new RegisterGate(trust);
    }

    /** True when the REGISTER may go on; otherwise it has been answered 403. */
    boolean admit(SipServletRequest request) throws IOException {
        String source = source(request);
        if (trust.trusts(source)) {
            return true;
        }
        log(source, Level.WARNING, "REGISTER from " + source + " refused with 403: not in PPG_SIP_TRUSTED", null);
        request.createResponse(SipServletResponse.SC_FORBIDDEN).send();
        return false;
    }

    /** Answers 400 with the reason, and logs it (once a minute per source). */
    void refuseMalformed(SipServletRequest request, MalformedRegisterException e) throws IOException {
        String source = source(request);
        log(source, Level.WARNING, "REGISTER from " + source + " refused with 400: " + e.getMessage(), null);
        request.createResponse(SipServletResponse.SC_BAD_REQUEST, reasonPhrase(e.getMessage()))
                .send();
    }

    /** The registry failed (a database outage, say): 500, logged with its cause once a minute per source. */
    void storeFailed(SipServletRequest request, String aor, RuntimeException e) throws IOException {
        String source = source(request);
        // a store that failed is a passing condition: 503 with Retry-After (RFC 3261 §21.5.4), one
        // line without a stack trace
        log(source, Level.WARNING, "REGISTER from " + source + " for " + aor + " not stored: " + e, null);
        SipServletResponse busy = request.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE);
        busy.setHeader("Retry-After", "5");
        busy.send();
    }

    private void log(String source, Level level, String message, Throwable cause) {
        OptionalLong held = logLimit.admit(source);
        if (held.isEmpty()) {
            return;
        }
        String line = PerSourceLogLimit.loggable(message)
                + (held.getAsLong() > 0 ? " (" + held.getAsLong() + " similar lines held back)" : "");
        LOG.log(level, line, cause);
    }

    /** The address the REGISTER came from: the hop that sent it to the PPG (JSR 289 §4.1.2). */
    static String source(SipServletRequest request) {
        String initial = request.getInitialRemoteAddr();
        return initial != null ? initial : request.getRemoteAddr();
    }

    /** A reason phrase made of the message: printable, short, no line breaks (RFC 3261 §25.1). */
    static String reasonPhrase(String message) {
        String text = message == null ? "Bad Request" : message.replaceAll("[^\\x20-\\x7E]", " ");
        return text.length() > MAX_REASON_PHRASE ? text.substring(0, MAX_REASON_PHRASE) : text;
    }

    private static List<InetAddress> addressesOf(SipFactory factory, String proxyUri) {
        try {
            URI uri = factory.createURI(proxyUri);
            if (uri instanceof SipURI sipUri) {
                String host = sipUri.getHost().replace("[", "").replace("]", "");
                return List.of(InetAddress.getAllByName(host));
            }
        } catch (ServletException | UnknownHostException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the outbound proxy {0} does not resolve, so only loopback may REGISTER: {1}",
                    new Object[] {proxyUri, e.toString()});
        }
        return List.of();
    }
}
