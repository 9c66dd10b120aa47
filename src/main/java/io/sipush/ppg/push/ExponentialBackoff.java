package io.sipush.ppg.push;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter, shared by delivery retries and result notifications: {@code
 * firstDelay} after the first failure, doubling after each further one, capped at {@code
 * maxDelay}, each delay varied by ±20 % and never above the cap.
 */
public record ExponentialBackoff(Duration firstDelay, Duration maxDelay) {
    private static final double JITTER = 0.2;

    public ExponentialBackoff {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The delay after {@code failures} failed attempts (1 for the first failure). */
    public Duration delay(int failures, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        double millis = Math.min(firstDelay.toMillis() * Math.pow(2, doublings), maxDelay.toMillis());
        double jitter = 1 + (random.nextDouble() * 2 - 1) * JITTER;
        return Duration.ofMillis(Math.round(Math.min(millis * jitter, maxDelay.toMillis())));
    }
}
