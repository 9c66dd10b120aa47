package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.InFlightMessages;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.servlet.sip.SipApplicationSession;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipSessionsUtil;

/**
 * One SIP application session per push in flight (DESIGN.md §3), created and found again by the
 * push's key ({@link SipFactory#createApplicationSessionByKey}, {@link
 * SipSessionsUtil#getApplicationSessionByKey}; SIP Servlet 1.1 §15.11.2, unchanged in 2.0). It
 * holds the push's key and one {@link InFlight} per MESSAGE that is out; the push's state lives in
 * the store. The sender opens it, the SIP servlet's answer handling and the PAP side's status
 * query and cancel-message find it by the key, and the push's final answer invalidates it.
 */
@ApplicationScoped
public class PushSessions implements InFlightMessages {
    private static final Logger LOG = Logger.getLogger(PushSessions.class.getName());
    static final String PUSH_KEY = "ppg.pushKey";
    private static final String KEY_PREFIX = "ppg-push-";
    private static final String IN_FLIGHT = "ppg.inFlight.";

    private volatile SipFactory factory;
    private volatile SipSessionsUtil sessions;

    void attach(SipFactory sipFactory, SipSessionsUtil sessionsUtil) {
        this.factory = sipFactory;
        this.sessions = sessionsUtil;
    }

    static String keyOf(long pushKey) {
        return KEY_PREFIX + pushKey;
    }

    /**
     * The push's session, created if there is none, with the MESSAGE about to go out recorded in
     * it. A session that is being invalidated (its last MESSAGE just got its final answer)
     * cannot take another: the second lookup then finds a new one.
     */
    SipApplicationSession open(InFlight message) {
        for (int tries = 0; ; tries++) {
            SipApplicationSession session = factory.createApplicationSessionByKey(keyOf(message.pushKey()));
            try {
                session.setAttribute(PUSH_KEY, message.pushKey());
                session.setAttribute(IN_FLIGHT + message.deliveryId(), message);
                return session;
            } catch (IllegalStateException invalidated) {
                if (tries > 0) {
                    throw invalidated;
                }
            }
        }
    }

    /**
     * The MESSAGE of the delivery was redirected (a 3xx with a Contact): forgotten, but its session
     * stays valid, for the engine may follow the redirect at once with the push's next MESSAGE in
     * it. A session left to invalidate when ready is invalidated by the container on its own thread
     * after this answer, possibly while that MESSAGE is being built or is out in it (its answer
     * then lost). A redirect not followed leaves the session to its expiry.
     */
    void redirected(SipApplicationSession session, long deliveryId) {
        try {
            session.removeAttribute(IN_FLIGHT + deliveryId);
            session.setInvalidateWhenReady(false);
        } catch (IllegalStateException alreadyInvalid) {
            // another answer of the same push ended it first
        }
    }

    /** The MESSAGE of the delivery got its final answer, or never left: forgets it. */
    void answered(SipApplicationSession session, long deliveryId) {
        try {
            session.removeAttribute(IN_FLIGHT + deliveryId);
            if (!holdsInFlight(session)) {
                invalidate(session);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // another answer of the same push ended it first
        }
    }

    /**
     * The application session of the push a MESSAGE's answer belongs to, found again by the
     * push's key; empty once it was invalidated.
     */
    Optional<SipApplicationSession> ofAnswer(SipServletResponse answer) {
        try {
            Object pushKey = answer.getApplicationSession().getAttribute(PUSH_KEY);
            return pushKey instanceof Long key ? sessionOf(key) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The MESSAGE as recorded in its session, found by the push's key. */
    Optional<InFlight> recorded(SipApplicationSession session, long deliveryId) {
        try {
            return Optional.ofNullable((InFlight) session.getAttribute(IN_FLIGHT + deliveryId));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<InFlight> find(long pushKey, long deliveryId) {
        return sessionOf(pushKey).flatMap(session -> recorded(session, deliveryId));
    }

    @Override
    public Optional<InFlight> cancelled(long pushKey, long deliveryId) {
        Optional<SipApplicationSession> session = sessionOf(pushKey);
        Optional<InFlight> inFlight = session.flatMap(s -> recorded(s, deliveryId));
        inFlight.ifPresent(m -> {
            try {
                session.get().setAttribute(IN_FLIGHT + deliveryId, m.cancel());
            } catch (IllegalStateException answeredMeanwhile) {
                // its answer came first; the engine drops it, the cancellation being stored
            }
        });
        return inFlight;
    }

    private Optional<SipApplicationSession> sessionOf(long pushKey) {
        SipSessionsUtil util = sessions;
        if (util == null) {
            return Optional.empty();
        }
        SipApplicationSession session = util.getApplicationSessionByKey(keyOf(pushKey), false);
        return session != null && session.isValid() ? Optional.of(session) : Optional.empty();
    }

    private static boolean holdsInFlight(SipApplicationSession session) {
        Iterator<String> names = session.getAttributeNames();
        while (names.hasNext()) {
            if (names.next().startsWith(IN_FLIGHT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Invalidates the session now, instead of leaving it to the container until it expires. A
     * container that refuses while the MESSAGE's client transaction still lingers (RFC 3261
     * §17.1.2.2, Timer K) invalidates it as soon as that ends (invalidate-when-ready).
     */
    private static void invalidate(SipApplicationSession session) {
        try {
            if (session.isReadyToInvalidate()) {
                session.invalidate();
            } else {
                session.setInvalidateWhenReady(true); // asked first: an exception per push cost 2 % of the CPU
            }
        } catch (IllegalStateException notYet) {
            LOG.log(Level.FINE, "session of a push not invalidated at once: " + notYet.getMessage());
            session.setInvalidateWhenReady(true);
        }
    }
}
