package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.delivery.DeliveryOutcomeListener;
import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.SipWireValues;
import io.sipush.ppg.delivery.WarmUpTerminal;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.application.RegistrationService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.enterprise.inject.spi.CDI;
import javax.servlet.ServletException;
import javax.servlet.sip.SipApplicationSession;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipSessionsUtil;
import javax.servlet.sip.SipURI;

/**
 * The PPG's SIP servlet. It answers REGISTER from terminals and third-party REGISTER from the
 * S-CSCF (no digest challenge) and OPTIONS, receives the answers to the MESSAGEs the PPG sends,
 * and answers the MESSAGEs of its own warm-up at start.
 */
public class OtaSipServlet extends SipServlet {
    private static final long serialVersionUID = 1L;

    private transient RegistrationService registrations;
    private transient DeliveryOutcomeListener outcomes;
    private transient PpgSettings settings;
    private transient PpgMetrics metrics;
    private transient RegisterGate gate;
    private transient PushSessions sessions;
    private transient WarmUpTerminal warmUp;

    @Override
    public void init() throws ServletException {
        SipFactory factory = (SipFactory) getServletContext().getAttribute(SIP_FACTORY);
        CDI<Object> cdi = CDI.current();
        sessions = cdi.select(PushSessions.class).get();
        sessions.attach(factory, (SipSessionsUtil) getServletContext().getAttribute(SIP_SESSIONS_UTIL));
        cdi.select(OtaSipSender.class).get().attach(factory);
        registrations = cdi.select(RegistrationService.class).get();
        outcomes = cdi.select(DeliveryOutcomeListener.class).get();
        settings = cdi.select(PpgSettings.class).get();
        metrics = cdi.select(PpgMetrics.class).get();
        gate = RegisterGate.atStart(settings, factory);
        warmUp = cdi.select(WarmUpTerminal.class).get();
    }

    @Override
    protected void doRegister(SipServletRequest request) throws ServletException, IOException {
        if (!gate.admit(request)) {
            return;
        }
        Instant now = Instant.now();
        Registration registration;
        try {
            registration = RegisterReader.read(request, settings.homeDomain(), now);
        } catch (MalformedRegisterException e) {
            gate.refuseMalformed(request, e);
            return;
        }
        try {
            List<ContactBinding> bound = registrations.register(registration);
            SipServletResponse ok = request.createResponse(SipServletResponse.SC_OK);
            for (ContactBinding binding : bound) {
                ok.addHeader("Contact", contactHeader(binding, now));
            }
            copyPath(request, ok);
            ok.send();
        } catch (RuntimeException e) {
            gate.storeFailed(request, registration.addressOfRecord().value(), e);
        }
    }

    /**
     * RFC 3261 §11: an OPTIONS (a front end's keep-alive probe, usually) is answered 200 with the
     * methods this servlet takes.
     */
    @Override
    protected void doOptions(SipServletRequest request) throws ServletException, IOException {
        SipServletResponse ok = request.createResponse(SipServletResponse.SC_OK);
        ok.setHeader("Allow", "REGISTER, OPTIONS");
        ok.send();
    }

    /**
     * A MESSAGE to a {@link WarmUpTerminal} user (sip.xml maps no other) is answered 200 and
     * counted while this instance's warm-up at start runs; else 404 (RFC 3261 §21.4.5).
     */
    @Override
    protected void doMessage(SipServletRequest request) throws ServletException, IOException {
        boolean warmUpUser =
                request.getRequestURI() instanceof SipURI target && WarmUpTerminal.isWarmUpUser(target.getUser());
        if (warmUpUser && warmUp.answering()) {
            request.createResponse(SipServletResponse.SC_OK).send();
            warmUp.messageReceived();
            return;
        }
        request.createResponse(SipServletResponse.SC_NOT_FOUND).send();
    }

    /**
     * A final answer to a push's MESSAGE: a digest challenge from the SIP core is answered once
     * (see {@link DigestAnswer}); any other goes to the delivery engine, unless the PI cancelled
     * the push while the MESSAGE was out (its application session, found by the push's key,
     * says so); the MESSAGE is forgotten in that session before the engine hears of the answer.
     */
    @Override
    protected void doResponse(SipServletResponse response) throws ServletException, IOException {
        if (response.getStatus() < 200 || !"MESSAGE".equals(response.getMethod())) {
            return;
        }
        Object deliveryId = response.getSession().getAttribute(OtaSipSender.DELIVERY_ID);
        if (!(deliveryId instanceof Long id)) {
            return;
        }
        metrics.sipAnswer(response.getStatus());
        if (DigestAnswer.isChallenge(response)
                && settings.sipCredentials().isPresent()
                && DigestAnswer.resend(response, settings.sipCredentials().get())) {
            return;
        }
        Optional<SipApplicationSession> push = sessions.ofAnswer(response);
        boolean cancelled = push.flatMap(s -> sessions.recorded(s, id))
                .map(InFlight::cancelled)
                .orElse(false);
        // Forgotten before the engine hears of it: the engine may send the push's next MESSAGE (a
        // redirect) at once, then in a new session if this one has no other MESSAGE out.
        push.ifPresent(s -> sessions.answered(s, id));
        if (cancelled) {
            outcomes.onFinalResponse(
                    id, SipServletResponse.SC_REQUEST_TERMINATED, cancelledWhileInFlight(response), -1, null);
        } else {
            outcomes.onFinalResponse(
                    id,
                    response.getStatus(),
                    SipWireValues.reasonPhrase(response.getReasonPhrase()),
                    retryAfter(response),
                    SipWireValues.redirectContact(redirectContact(response)));
        }
    }

    private static String cancelledWhileInFlight(SipServletResponse response) {
        return "cancelled by the push initiator while in flight; the terminal answered " + response.getStatus();
    }

    /** RFC 3327 §5.3: the registrar copies the Path header field values into the 200 (OK). */
    private static void copyPath(SipServletRequest request, SipServletResponse ok) {
        java.util.ListIterator<String> path = request.getHeaders("Path");
        while (path.hasNext()) {
            ok.addHeader("Path", path.next());
        }
    }

    private static String redirectContact(SipServletResponse response) {
        if (response.getStatus() < 300 || response.getStatus() >= 400) {
            return null;
        }
        try {
            javax.servlet.sip.Address contact = response.getAddressHeader("Contact");
            return contact == null ? null : contact.getURI().toString();
        } catch (ServletException | RuntimeException e) { // an unreadable Contact is no place to go
            return null;
        }
    }

    private static int retryAfter(SipServletResponse response) {
        String header = response.getHeader("Retry-After");
        if (header == null) {
            return -1;
        }
        try {
            return Integer.parseInt(header.split("[;(\\s]", 2)[0].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String contactHeader(ContactBinding binding, Instant now) {
        long seconds = Math.max(0, Duration.between(now, binding.expiresAt()).getSeconds());
        return "<" + binding.contactUri() + ">;expires=" + seconds;
    }
}
