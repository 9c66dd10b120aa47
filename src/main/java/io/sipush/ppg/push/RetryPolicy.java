package io.sipush.ppg.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a push again (DESIGN.md §4 "Retries"): the first retry after {@code firstDelay}
 * (2 s, so within 5 s), then exponential back-off by factor 2 with ±20 % jitter, capped at
 * {@code maxDelay} (5 min). A Retry-After from the terminal or proxy (RFC 3261 §20.33) is honoured
 * when it asks for longer. Retries stop {@code retryLimit} (1 day) after the push arrived.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration retryLimit) {
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryLimit, "retryLimit");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofDays(1));
    }

    /**
     * The time of the next attempt after {@code attemptsSoFar} failed attempts, or empty when the
     * retry limit is used up.
     */
    public Optional<Instant> nextAttempt(
            int attemptsSoFar, Instant now, Instant receivedAt, int retryAfterSeconds, RandomGenerator random) {
        Duration delay = backoff(attemptsSoFar, random);
        if (retryAfterSeconds > 0 && Duration.ofSeconds(retryAfterSeconds).compareTo(delay) > 0) {
            delay = Duration.ofSeconds(retryAfterSeconds);
        }
        Instant next = now.plus(delay);
        return next.isAfter(receivedAt.plus(retryLimit)) ? Optional.empty() : Optional.of(next);
    }

    Duration backoff(int attemptsSoFar, RandomGenerator random) {
        return new ExponentialBackoff(firstDelay, maxDelay).delay(attemptsSoFar, random);
    }
}
