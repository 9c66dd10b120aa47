package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.config.PpgSettings.SipCredentials;
import io.sipush.ppg.delivery.ChallengeTrust;
import io.sipush.ppg.delivery.DigestChallengeResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * Answers a digest challenge (RFC 3261 §22.2, 401 or 407) once per MESSAGE: the same request
 * again in the same SIP session, with credentials computed by {@link DigestChallengeResponse}.
 * Only a challenge for a configured realm that came from the first hop of the MESSAGE's route (the
 * outbound proxy or the registered Path) is answered: see {@link ChallengeTrust}.
 *
 * <p>Not the container's {@code SipFactory.createAuthInfo()} / {@code addAuthHeader}: Open Liberty
 * 26.0.0.3 computes A1 as MD5-sess ({@code MD5(MD5(user:realm:password):nonce:cnonce)}) whatever
 * the challenge's algorithm, and sends no cnonce when the challenge has no qop, so no
 * RFC 2617 server can verify its answer to an {@code algorithm=MD5} challenge (SipDigestIT).
 */
final class DigestAnswer {
    private static final Logger LOG = Logger.getLogger(DigestAnswer.class.getName());
    private static final String ANSWERED = "ppg.digestAnswered";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestAnswer() {}

    static boolean isChallenge(SipServletResponse response) {
        return response.getStatus() == SipServletResponse.SC_UNAUTHORIZED
                || response.getStatus() == SipServletResponse.SC_PROXY_AUTHENTICATION_REQUIRED;
    }

    /** Sends the request again with credentials; false if not trusted or this session already tried. */
    static boolean resend(SipServletResponse challenge, SipCredentials credentials) {
        SipSession session = challenge.getSession();
        if (session.getAttribute(ANSWERED) != null) {
            return false;
        }
        SipServletRequest original = challenge.getRequest();
        try {
            Optional<String> realm = trustedRealm(challenge, original, credentials);
            if (realm.isEmpty()) {
                return false;
            }
            session.setAttribute(ANSWERED, Boolean.TRUE);
            boolean proxy = challenge.getStatus() == SipServletResponse.SC_PROXY_AUTHENTICATION_REQUIRED;
            Optional<String> authorization = DigestChallengeResponse.answer(
                    challengeFor(challenge, proxy, realm.get()),
                    "MESSAGE",
                    original.getRequestURI().toString(),
                    credentials.user(),
                    credentials.password(),
                    Long.toHexString(RANDOM.nextLong()));
            if (authorization.isEmpty()) {
                return false;
            }
            SipServletRequest again = session.createRequest("MESSAGE");
            again.setRequestURI(original.getRequestURI());
            copyRoutes(original, again);
            again.setHeader("Accept-Contact", original.getHeader("Accept-Contact"));
            again.setContent(original.getRawContent(), original.getContentType());
            again.setHeader(proxy ? "Proxy-Authorization" : "Authorization", authorization.get());
            again.send();
            return true;
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer the digest challenge to " + original.getRequestURI(), e);
            return false;
        }
    }

    private static Optional<String> trustedRealm(
            SipServletResponse challenge, SipServletRequest original, SipCredentials credentials)
            throws ServletException {
        List<String> realms = new ArrayList<>();
        Iterator<String> offered = challenge.getChallengeRealms();
        while (offered.hasNext()) {
            realms.add(offered.next());
        }
        Optional<String> realm = new ChallengeTrust(credentials.realms()).realmToAnswer(realms);
        Address firstRoute = original.getAddressHeader("Route");
        SipURI hop = firstRoute != null && firstRoute.getURI() instanceof SipURI uri ? uri : null;
        boolean fromHop = hop != null
                && ChallengeTrust.fromFirstHop(
                        hop.getHost(),
                        hop.getPort(),
                        hop.isSecure() || "tls".equalsIgnoreCase(hop.getTransportParam()),
                        challenge.getRemoteAddr(),
                        challenge.getRemotePort());
        if (realm.isEmpty() || !fromHop) {
            LOG.info(() -> "digest challenge " + challenge.getStatus() + " to " + original.getRequestURI()
                    + " not answered: "
                    + (realm.isEmpty() ? "no configured realm among " + printable(realms) : "")
                    + (realm.isEmpty() && !fromHop ? "; " : "")
                    + (!fromHop ? "it did not come from the outbound proxy or the registered Path" : ""));
            return Optional.empty();
        }
        return realm;
    }

    /** The challenge header (of several, the one) for the realm to answer. */
    private static String challengeFor(SipServletResponse challenge, boolean proxy, String realm) {
        ListIterator<String> headers = challenge.getHeaders(proxy ? "Proxy-Authenticate" : "WWW-Authenticate");
        String first = null;
        while (headers.hasNext()) {
            String header = headers.next();
            first = first == null ? header : first;
            if (header.contains("\"" + realm + "\"") || header.contains("=" + realm)) {
                return header;
            }
        }
        return first;
    }

    /** Values from the wire, without line breaks or other control characters, for the log. */
    private static String printable(List<String> values) {
        return values.toString().replaceAll("\\p{Cntrl}", "?");
    }

    private static void copyRoutes(SipServletRequest from, SipServletRequest to) throws ServletException {
        List<SipURI> routes = new ArrayList<>();
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
