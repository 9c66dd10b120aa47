package io.sipush.ppg.delivery;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.enterprise.context.ApplicationScoped;

/**
 * The terminal that a PPG's own warm-up pushes go to at start (issue 12 item 6): a user of its own
 * SIP listener, whose MESSAGEs the PPG's SIP servlet answers 200 and counts. There are several
 * (one MESSAGE is out per terminal at a time), and their user parts name the instance, so that
 * instances warming up at once on a shared store keep apart.
 */
@ApplicationScoped
public class WarmUpTerminal {
    private static final String USER_PREFIX = "ppg-warm-up-";
    private static final int MAX_NAME = 56;

    private final AtomicLong received = new AtomicLong();

    /**
     * The warm-up name of instance {@code instanceId}, for its PI account and its terminals'
     * users: {@code ppg-warm-up-} and the id in lower-case letters, digits and dashes, at most
     * 56 characters (a PI account's name has 64 at most).
     */
    public static String name(String instanceId) {
        String id = instanceId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return USER_PREFIX + id.substring(0, Math.min(id.length(), MAX_NAME - USER_PREFIX.length()));
    }

    /** The user part of warm-up terminal {@code index} of instance {@code instanceId}. */
    public static String user(String instanceId, int index) {
        return name(instanceId) + "-" + index;
    }

    /** Whether a Request-URI's user part is a warm-up user (of this instance or another). */
    public static boolean isWarmUpUser(String user) {
        return user != null && user.startsWith(USER_PREFIX);
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
