package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.delivery.DeliveryPort;
import io.sipush.ppg.delivery.DeliveryTransportException;
import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.OtaSipRequest;
import java.io.IOException;
import java.time.Instant;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.servlet.ServletException;
import javax.servlet.sip.SipApplicationSession;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;

/**
 * Sends a push as a SIP MESSAGE (RFC 3428 §4, OMA Push OTA-SIP): Request-URI the contact, with
 * its registered Path as Route headers (RFC 3327 §5.3), or the address of record through a
 * loose-routed outbound proxy (RFC 3261 §8.1.2), To the address of record, From the PPG,
 * {@code Accept-Contact} with the push application (RFC 3841 §9.2), and the PI's content type
 * and bytes unchanged. Each MESSAGE is recorded in its push's application session ({@link
 * PushSessions}) until its final answer.
 */
@ApplicationScoped
public class OtaSipSender implements DeliveryPort {
    static final String DELIVERY_ID = "ppg.deliveryId";

    @Inject
    PpgSettings settings;

    @Inject
    PushSessions sessions;

    private volatile SipFactory factory;

    void attach(SipFactory sipFactory) {
        this.factory = sipFactory;
    }

    /** True once the SIP servlet has started and handed over its factory: MESSAGEs can go out. */
    @Override
    public boolean isReady() {
        return attached();
    }

    public boolean attached() {
        return factory != null;
    }

    @Override
    public void send(OtaSipRequest push) throws DeliveryTransportException {
        SipFactory sip = factory;
        if (sip == null) {
            throw new DeliveryTransportException("the SIP servlet has not started yet", null);
        }
        InFlight inFlight = new InFlight(
                push.pushKey(),
                push.deliveryId(),
                Instant.now(),
                InFlight.transportOf(push.requestUri(), push.outboundProxy(), push.path(), push.tcp()),
                false);
        SipApplicationSession session = null;
        try {
            session = sessions.open(inFlight);
            SipServletRequest message = sip.createRequest(
                    session, "MESSAGE", nameAddr(sip, settings.sipIdentity()), nameAddr(sip, push.toUri()));
            message.setRequestURI(requestUri(sip, push));
            if (push.outboundProxy() != null) {
                message.pushRoute(looseRoute(sip, push));
            }
            pushPath(sip, push, message);
            message.addHeader("Accept-Contact", "*;+g.oma.pusheventapp=\"" + push.applicationShortName() + "\"");
            message.setContent(push.body(), push.contentType());
            message.getSession().setAttribute(DELIVERY_ID, push.deliveryId());
            message.send();
        } catch (ServletException | IOException | RuntimeException e) {
            if (session != null) {
                sessions.answered(session, push.deliveryId());
            }
            throw new DeliveryTransportException("MESSAGE to " + push.requestUri() + " not sent: " + e, e);
        }
    }

    /** In name-addr form, so that URI parameters such as user=phone stay in the URI (RFC 3261 §20.10). */
    private static javax.servlet.sip.Address nameAddr(SipFactory sip, String uri) throws ServletException {
        return sip.createAddress(uri.startsWith("<") ? uri : "<" + uri + ">");
    }

    private static URI requestUri(SipFactory sip, OtaSipRequest push) throws ServletException {
        URI uri = sip.createURI(push.requestUri());
        if (push.tcp()
                && push.outboundProxy() == null
                && push.path().isEmpty()
                && uri instanceof SipURI sipUri
                && sipUri.getTransportParam() == null) {
            sipUri.setTransportParam("tcp");
        }
        return uri;
    }

    /** Route headers in the order of the Path; a large body asks the first hop for TCP. */
    private static void pushPath(SipFactory sip, OtaSipRequest push, SipServletRequest message)
            throws ServletException {
        for (int i = push.path().size() - 1; i >= 0; i--) { // pushRoute puts each on top: last first
            SipURI hop = (SipURI) sip.createURI(push.path().get(i));
            if (i == 0 && push.tcp() && hop.getTransportParam() == null) {
                hop.setTransportParam("tcp");
            }
            message.pushRoute(hop);
        }
    }

    private static SipURI looseRoute(SipFactory sip, OtaSipRequest push) throws ServletException {
        SipURI route = (SipURI) sip.createURI(push.outboundProxy());
        route.setLrParam(true);
        if (push.tcp()) {
            route.setTransportParam("tcp");
        }
        return route;
    }
}
