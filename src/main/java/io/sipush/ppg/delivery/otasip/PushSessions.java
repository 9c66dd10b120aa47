package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.InFlightMessages;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * SipSessionsUtil#getApplicationSessionByKey}; SIP Servlet 1.1 §15.11.2, unchanged in 2.0): the
 * session's key is the push's and a generation, the push's MESSAGEs out share one, and the answer
 * to the last of them ends it. It holds the push's key and one {@link InFlight} per MESSAGE that is
 * out; the push's state lives in the store. The sender opens it, the SIP servlet's answer handling
 * finds it from the answer, and the PAP side's status query and cancel-message by the push's key.
 */
@ApplicationScoped
public class PushSessions implements InFlightMessages {
    private static final Logger LOG = Logger.getLogger(PushSessions.class.getName());
    static final String PUSH_KEY = "ppg.pushKey";
    private static final String KEY_PREFIX = "ppg-push-";
    private static final String IN_FLIGHT = "ppg.inFlight.";

    /** The session of each push with MESSAGEs out, and how many: atomic against an answer's. */
    private final Map<Long, Slot> slots = new ConcurrentHashMap<>();

    private final AtomicLong generations = new AtomicLong();
    private volatile SipFactory factory;
    private volatile SipSessionsUtil sessions;

    void attach(SipFactory sipFactory, SipSessionsUtil sessionsUtil) {
        this.factory = sipFactory;
        this.sessions = sessionsUtil;
    }

    private static String keyOf(long pushKey, long generation) {
        return KEY_PREFIX + pushKey + "-" + generation;
    }

    /**
     * The push's session, with the MESSAGE about to go out recorded in it: the one its MESSAGEs
     * out are in, or a new one when none is out. A session whose last MESSAGE was answered is
     * never used again: the container invalidates it on its own thread once it is ready, and a
     * MESSAGE created in it meanwhile (the next address of the push, a redirect) would be refused
     * or have its answer lost.
     */
    SipApplicationSession open(InFlight message) {
        Slot slot = slots.compute(
                message.pushKey(),
                (key, now) -> now == null ? new Slot(keyOf(key, generations.incrementAndGet()), 1) : now.withOneMore());
        try {
            SipApplicationSession session = factory.createApplicationSessionByKey(slot.sessionKey());
            session.setAttribute(PUSH_KEY, message.pushKey());
            session.setAttribute(IN_FLIGHT + message.deliveryId(), message);
            return session;
        } catch (RuntimeException e) {
            lastOut(message.pushKey());
            throw e;
        }
    }

    /** The MESSAGE of the delivery got its final answer, or never left: forgets it. */
    void answered(SipApplicationSession session, long deliveryId) {
        try {
            session.removeAttribute(IN_FLIGHT + deliveryId);
            if (session.getAttribute(PUSH_KEY) instanceof Long pushKey && lastOut(pushKey)) {
                invalidate(session);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // expired meanwhile
        }
    }

    /** One MESSAGE of the push less out; true if none is left, and the session is done. */
    private boolean lastOut(long pushKey) {
        return slots.computeIfPresent(pushKey, (key, now) -> now.messagesOut() == 1 ? null : now.withOneLess()) == null;
    }

    /**
     * The application session of the push a MESSAGE's answer belongs to (the one the MESSAGE was
     * sent in); empty once it was invalidated.
     */
    Optional<SipApplicationSession> ofAnswer(SipServletResponse answer) {
        try {
            SipApplicationSession session = answer.getApplicationSession();
            return session.isValid() && session.getAttribute(PUSH_KEY) instanceof Long
                    ? Optional.of(session)
                    : Optional.empty();
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
        Slot slot = slots.get(pushKey);
        if (slot == null) {
            return Optional.empty();
        }
        SipApplicationSession session = util.getApplicationSessionByKey(slot.sessionKey(), false);
        return session != null && session.isValid() ? Optional.of(session) : Optional.empty();
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

    private record Slot(String sessionKey, int messagesOut) {
        Slot withOneMore() {
            return new Slot(sessionKey, messagesOut + 1);
        }

        Slot withOneLess() {
            return new Slot(sessionKey, messagesOut - 1);
        }
    }
}
