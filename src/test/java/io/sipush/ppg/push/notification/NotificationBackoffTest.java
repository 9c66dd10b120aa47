package io.sipush.ppg.push.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NotificationBackoffTest {
    private static final Instant STORED = Instant.parse("2026-11-01T12:00:00Z");
    private static final NotificationBackoff BACKOFF = NotificationBackoff.defaults();

    /** A generator whose nextDouble is fixed, so the jitter factor is 1 + (2u - 1) * 0.2. */
    private static RandomGenerator fixed(double u) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return u;
            }
        };
    }

    private static final RandomGenerator NO_JITTER = fixed(0.5);

    private static Duration delay(int failedAttempts, RandomGenerator random) {
        Instant next =
                BACKOFF.nextAttempt(failedAttempts, STORED, STORED, random).orElseThrow();
        return Duration.between(STORED, next);
    }

    @Test
    void defaults_are_one_second_five_minutes_and_three_days() {
        assertThat(BACKOFF.firstDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(BACKOFF.maxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(BACKOFF.retryLimit()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void delay_starts_at_one_second_and_doubles_with_each_failure() {
        assertThat(delay(1, NO_JITTER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay(2, NO_JITTER)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay(3, NO_JITTER)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delay(4, NO_JITTER)).isEqualTo(Duration.ofSeconds(8));
        assertThat(delay(9, NO_JITTER)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void delay_is_capped_at_five_minutes() {
        assertThat(delay(10, NO_JITTER)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay(Integer.MAX_VALUE, NO_JITTER)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay(40, fixed(0.999))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitter_keeps_each_delay_within_twenty_percent_of_its_base() {
        SplittableRandom random = new SplittableRandom(5);
        for (int failures = 1; failures <= 8; failures++) {
            long base = 1000L << (failures - 1);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < 2000; i++) {
                long ms = delay(failures, random).toMillis();
                min = Math.min(min, ms);
                max = Math.max(max, ms);
            }
            assertThat(min).isGreaterThanOrEqualTo(Math.round(base * 0.8)).isLessThan(Math.round(base * 0.85));
            assertThat(max).isLessThanOrEqualTo(Math.round(base * 1.2)).isGreaterThan(Math.round(base * 1.15));
        }
    }

    @Test
    void jitter_extremes_are_minus_and_plus_twenty_percent() {
        assertThat(delay(1, fixed(0.0))).isEqualTo(Duration.ofMillis(800));
        assertThat(delay(1, fixed(0.999_999_999))).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
    }

    @Test
    void next_attempt_is_counted_from_now() {
        Instant now = STORED.plus(Duration.ofHours(5));

        assertThat(BACKOFF.nextAttempt(2, now, STORED, NO_JITTER)).contains(now.plusSeconds(2));
    }

    @Test
    void retries_continue_up_to_three_days_after_the_notification_was_stored() {
        Instant now = STORED.plus(Duration.ofDays(3)).minusSeconds(300);

        assertThat(BACKOFF.nextAttempt(20, now, STORED, NO_JITTER)).contains(STORED.plus(Duration.ofDays(3)));
    }

    @Test
    void no_attempt_after_the_retry_limit() {
        Instant now = STORED.plus(Duration.ofDays(3)).minusSeconds(299);

        assertThat(BACKOFF.nextAttempt(20, now, STORED, NO_JITTER)).isEmpty();
    }

    @Test
    void configured_retry_limit_is_used() {
        NotificationBackoff oneMinute = NotificationBackoff.withRetryLimit(Duration.ofMinutes(1));

        assertThat(oneMinute.nextAttempt(1, STORED.plusSeconds(58), STORED, NO_JITTER))
                .isPresent();
        assertThat(oneMinute.nextAttempt(1, STORED.plusSeconds(60), STORED, NO_JITTER))
                .isEmpty();
    }

    @Test
    void zero_retry_limit_gives_up_after_the_first_failure() {
        NotificationBackoff none = NotificationBackoff.withRetryLimit(Duration.ZERO);

        assertThat(none.nextAttempt(1, STORED, STORED, NO_JITTER)).isEmpty();
    }

    @Test
    void inconsistent_delays_are_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new NotificationBackoff(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofDays(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NotificationBackoff.withRetryLimit(Duration.ofSeconds(-1)));
    }
}
