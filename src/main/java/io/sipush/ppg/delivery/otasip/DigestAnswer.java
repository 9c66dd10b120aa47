package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.config.PpgSettings.SipCredentials;
import io.sipush.ppg.delivery.DigestChallengeResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ListIterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.sip.Address;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipSession;
import javax.servlet.sip.SipURI;

/**
 * Answers a digest challenge (RFC 3261 §22.2, 401 or 407 from the SIP core) once per MESSAGE:
 * the same request again in the same SIP session, with credentials from the configuration
 * computed by {@link DigestChallengeResponse}.
 */
final class DigestAnswer {
    private static final Logger LOG = Logger.getLogger(DigestAnswer.class.getName());
    private static final String ANSWERED = "ppg.digestAnswered";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestAnswer() {}

    /** Sends the request again with credentials; false if this session already tried. */
    static boolean resend(SipServletResponse challenge, SipCredentials credentials) {
        SipSession session = challenge.getSession();
        if (session.getAttribute(ANSWERED) != null) {
            return false;
        }
        session.setAttribute(ANSWERED, Boolean.TRUE);
        SipServletRequest original = challenge.getRequest();
        try {
            SipServletRequest again = session.createRequest("MESSAGE");
            again.setRequestURI(original.getRequestURI());
            copyRoutes(original, again);
            again.setHeader("Accept-Contact", original.getHeader("Accept-Contact"));
            again.setContent(original.getRawContent(), original.getContentType());
            boolean proxy = challenge.getStatus() == SipServletResponse.SC_PROXY_AUTHENTICATION_REQUIRED;
            String challengeHeader = challenge.getHeader(proxy ? "Proxy-Authenticate" : "WWW-Authenticate");
            Optional<String> authorization = DigestChallengeResponse.answer(
                    challengeHeader,
                    "MESSAGE",
                    original.getRequestURI().toString(),
                    credentials.user(),
                    credentials.password(),
                    Long.toHexString(RANDOM.nextLong()));
            if (authorization.isEmpty()) {
                return false;
            }
            again.setHeader(proxy ? "Proxy-Authorization" : "Authorization", authorization.get());
            again.send();
            return true;
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer the digest challenge of " + original.getRequestURI(), e);
            return false;
        }
    }

    private static void copyRoutes(SipServletRequest from, SipServletRequest to) throws ServletException {
        java.util.List<SipURI> routes = new java.util.ArrayList<>();
        ListIterator<Address> headers = from.getAddressHeaders("Route");
        while (headers.hasNext()) {
            if (headers.next().getURI() instanceof SipURI route) {
                routes.add(route);
            }
        }
        for (int i = routes.size() - 1; i >= 0; i--) {
            to.pushRoute(routes.get(i)); // pushRoute puts each on top: push the last first
        }
    }
}
