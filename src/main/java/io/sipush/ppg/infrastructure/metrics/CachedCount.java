package io.sipush.ppg.infrastructure.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A count from the store, read again at most once per {@code maxAge}: Prometheus may scrape
 * often, and a COUNT over many pending rows is not free. A failed read keeps the last value.
 */
final class CachedCount {
    private static final Logger LOG = Logger.getLogger(CachedCount.class.getName());
    private final LongSupplier source;
    private final Duration maxAge;
    private final Clock clock;
    private long value;
    private long readAt = Long.MIN_VALUE;

    CachedCount(LongSupplier source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    synchronized long get() {
        long now = clock.millis();
        if (readAt == Long.MIN_VALUE || now - readAt >= maxAge.toMillis()) {
            readAt = now;
            try {
                value = source.getAsLong();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "count not read; the gauge keeps its last value", e);
            }
        }
        return value;
    }
}
