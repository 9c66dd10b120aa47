package io.sipush.ppg.push.notification;

import io.sipush.ppg.push.ExponentialBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to send a result notification again after a failed attempt: after {@code firstDelay}
 * (1 s), then doubling (2 s, 4 s, …) up to {@code maxDelay} (5 min), each delay varied by ±20 %
 * jitter and never above {@code maxDelay}. Retries stop {@code retryLimit} (3 days, {@code
 * PPG_NOTIFY_RETRY_LIMIT_S}) after the notification was stored; the notification is then abandoned.
 */
public record NotificationBackoff(Duration firstDelay, Duration maxDelay, Duration retryLimit) {
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);
    public static final Duration DEFAULT_RETRY_LIMIT = Duration.ofDays(3);

    public NotificationBackoff {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryLimit, "retryLimit");
        new ExponentialBackoff(firstDelay, maxDelay); // validates the delays
        if (retryLimit.isNegative()) {
            throw new IllegalArgumentException("the retry limit must not be negative");
        }
    }

    /** 1 s, doubling up to 5 min, for 3 days. */
    public static NotificationBackoff defaults() {
        return withRetryLimit(DEFAULT_RETRY_LIMIT);
    }

    /** The default delays with another retry limit. */
    public static NotificationBackoff withRetryLimit(Duration retryLimit) {
        return new NotificationBackoff(DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY, retryLimit);
    }

    /**
     * The time of the next attempt after {@code failedAttempts} failed attempts, or empty when it
     * would fall after the retry limit counted from {@code storedAt}.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now, Instant storedAt, RandomGenerator random) {
        Instant next = now.plus(delay(failedAttempts, random));
        return next.isAfter(storedAt.plus(retryLimit)) ? Optional.empty() : Optional.of(next);
    }

    /** The delay after {@code failedAttempts} failed attempts (1 for the first failure). */
    Duration delay(int failedAttempts, RandomGenerator random) {
        return new ExponentialBackoff(firstDelay, maxDelay).delay(failedAttempts, random);
    }
}
