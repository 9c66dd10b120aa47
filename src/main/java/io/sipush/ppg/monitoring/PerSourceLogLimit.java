package io.sipush.ppg.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one log line per source (an IP address) per interval, so that a flood of hostile
 * packets cannot fill the log: {@link #admit(String)} says whether a line may be written now
 * and how many were held back since the last one. The table is bounded: past {@code maxSources}
 * sources, expired entries are dropped and, if it is still full, every new source shares one
 * entry. Thread-safe.
 */
public final class PerSourceLogLimit {
    private static final String OVERFLOW = "*";

    private final Duration interval;
    private final int maxSources;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public PerSourceLogLimit(Duration interval, int maxSources, Clock clock) {
        this.interval = interval;
        this.maxSources = maxSources;
        this.clock = clock;
    }

    /** One line per source per minute, for at most 10,000 sources. */
    public static PerSourceLogLimit perMinute() {
        return new PerSourceLogLimit(Duration.ofMinutes(1), 10_000, Clock.systemUTC());
    }

    /**
     * Whether a line about {@code source} may be written now: the number of lines held back
     * since the last one when it may, empty when it may not.
     */
    public OptionalLong admit(String source) {
        long now = clock.millis();
        String key = keyFor(source == null ? "" : source, now);
        long[] suppressed = {-1};
        windows.compute(key, (k, window) -> {
            if (window == null || now - window.openedAt >= interval.toMillis()) {
                suppressed[0] = window == null ? 0 : window.held;
                return new Window(now, 0);
            }
            return new Window(window.openedAt, window.held + 1);
        });
        return suppressed[0] < 0 ? OptionalLong.empty() : OptionalLong.of(suppressed[0]);
    }

    private String keyFor(String source, long now) {
        if (windows.containsKey(source) || windows.size() < maxSources) {
            return source;
        }
        windows.values().removeIf(w -> now - w.openedAt >= interval.toMillis());
        return windows.size() < maxSources ? source : OVERFLOW;
    }

    /** A value from outside made safe for one log line: control characters as blanks, at most 200 characters. */
    public static String loggable(String value) {
        if (value == null) {
            return "";
        }
        String clipped = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        StringBuilder out = new StringBuilder(clipped.length());
        clipped.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
        return out.toString();
    }

    private record Window(long openedAt, long held) {}
}
