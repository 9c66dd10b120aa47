package io.sipush.ppg.delivery;

import io.sipush.ppg.pushinitiator.PushInitiatorName;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.enterprise.context.ApplicationScoped;

/**
 * The terminals that a PPG's own warm-up pushes go to at start (issue 12 item 6): users of its own
 * SIP listener, whose MESSAGEs the PPG's SIP servlet answers 200 and counts while a warm-up runs.
 * There are several (one MESSAGE is out per terminal at a time), and their user parts name the
 * instance, so that instances warming up at once on a shared store keep apart.
 */
@ApplicationScoped
public class WarmUpTerminal {
    private static final int MAX_ID = 40;

    private final AtomicLong received = new AtomicLong();
    private volatile boolean answering;

    /**
     * The warm-up name of instance {@code instanceId}, for its PI account and its terminals'
     * users: {@link PushInitiatorName#RESERVED_PREFIX}, the id in lower-case letters, digits and
     * dashes (at most 40), and 8 hex digits of the whole id's hash, so that ids which differ only
     * in punctuation or case, or after 40 characters, still get names of their own.
     */
    public static String name(String instanceId) {
        String id = instanceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return PushInitiatorName.RESERVED_PREFIX
                + id.substring(0, Math.min(id.length(), MAX_ID))
                + "-"
                + String.format("%08x", instanceId.hashCode());
    }

    /** The user part of warm-up terminal {@code index} of instance {@code instanceId}. */
    public static String user(String instanceId, int index) {
        return name(instanceId) + "-" + index;
    }

    /** Whether a Request-URI's user part is a warm-up user (of this instance or another). */
    public static boolean isWarmUpUser(String user) {
        return user != null && PushInitiatorName.reserved(user);
    }

    /** A warm-up runs: its MESSAGEs are answered 200 from now on. */
    public void begin() {
        answering = true;
    }

    /** The warm-up has ended: a MESSAGE to a warm-up user is answered 404 again. */
    public void end() {
        answering = false;
    }

    /** Whether a warm-up of this instance runs now. */
    public boolean answering() {
        return answering;
    }

    /** A warm-up MESSAGE reached this instance's SIP listener and was answered. */
    public void messageReceived() {
        received.incrementAndGet();
    }

    /** Warm-up MESSAGEs this instance answered since it started. */
    public long received() {
        return received.get();
    }
}
