package io.sipush.ppg.pushinitiator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per source address: after {@code maxFailures} failures within {@code window} of
 * the first one, the source is backed off until the window ends, and its logins are refused at
 * once, without hashing (credentials already verified and remembered still pass). In memory: a
 * restart forgets; at most {@link #MAX_SOURCES} sources are tracked, then the oldest window is
 * the whole map.
 */
public final class LoginBackoff {
    static final int MAX_SOURCES = 100_000;

    private final int maxFailures;
    private final long windowNanos;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    private record Window(long startNanos, int count) {}

    public LoginBackoff(int maxFailures, Duration window) {
        if (maxFailures <= 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures and window must be positive");
        }
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
    }

    /** Whether logins from this source are refused without a look at the password now. */
    public boolean isBackedOff(String source, long nowNanos) {
        Window window = failures.get(key(source));
        return window != null && nowNanos - window.startNanos() < windowNanos && window.count() >= maxFailures;
    }

    /** Counts a failed login from this source. */
    public void failed(String source, long nowNanos) {
        if (failures.size() >= MAX_SOURCES) {
            failures.clear();
        }
        failures.merge(
                key(source),
                new Window(nowNanos, 1),
                (old, first) -> nowNanos - old.startNanos() < windowNanos
                        ? new Window(old.startNanos(), old.count() + 1)
                        : first);
    }

    private static String key(String source) {
        return source == null ? "" : source;
    }
}
