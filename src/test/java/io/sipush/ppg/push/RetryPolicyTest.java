package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");
    private static final RetryPolicy POLICY = RetryPolicy.defaults();
    private static final int DRAWS = 10_000;

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

    private static Duration delay(int attempts, Instant now, int retryAfterSeconds, RandomGenerator random) {
        Optional<Instant> next = POLICY.nextAttempt(attempts, now, RECEIVED, retryAfterSeconds, random);
        assertThat(next).isPresent();
        return Duration.between(now, next.get());
    }

    @Test
    void defaults_are_two_seconds_five_minutes_and_one_day() {
        assertThat(POLICY.firstDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(POLICY.maxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(POLICY.retryLimit()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void first_retry_with_a_seeded_random_is_within_jitter_of_two_seconds() {
        Duration d = delay(1, RECEIVED, 0, new Random(42));

        assertThat(d).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
    }

    @Test
    void first_retry_is_always_within_five_seconds_and_twenty_percent_of_two() {
        SplittableRandom random = new SplittableRandom(7);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < DRAWS; i++) {
            long ms = delay(1, RECEIVED, 0, random).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }

        assertThat(min).isGreaterThanOrEqualTo(1600);
        assertThat(max).isLessThanOrEqualTo(2400).isLessThan(5000);
        assertThat(min).as("jitter reaches below the base").isLessThan(1700);
        assertThat(max).as("jitter reaches above the base").isGreaterThan(2300);
    }

    @Test
    void jitter_extremes_are_plus_and_minus_twenty_percent() {
        assertThat(delay(1, RECEIVED, 0, fixed(0.0))).isEqualTo(Duration.ofMillis(1600));
        assertThat(delay(1, RECEIVED, 0, fixed(0.5))).isEqualTo(Duration.ofMillis(2000));
        assertThat(delay(1, RECEIVED, 0, fixed(0.999_999_999)))
                .isBetween(Duration.ofMillis(2399), Duration.ofMillis(2400));
    }

    @Test
    void delay_doubles_with_each_failed_attempt() {
        assertThat(delay(1, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay(2, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delay(3, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(8));
        assertThat(delay(4, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(16));
        assertThat(delay(7, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(128));
    }

    @Test
    void jittered_delays_stay_within_twenty_percent_of_the_doubled_base() {
        SplittableRandom random = new SplittableRandom(11);
        for (int attempts = 1; attempts <= 7; attempts++) {
            long base = 2000L << (attempts - 1);
            for (int i = 0; i < 1000; i++) {
                long ms = delay(attempts, RECEIVED, 0, random).toMillis();
                assertThat(ms).isBetween(Math.round(base * 0.8), Math.round(base * 1.2));
            }
        }
    }

    @Test
    void delay_is_capped_at_five_minutes() {
        assertThat(delay(9, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay(50, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay(Integer.MAX_VALUE, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void capped_delay_never_exceeds_five_minutes_with_jitter() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < DRAWS; i++) {
            Duration d = delay(9 + i % 30, RECEIVED, 0, random);
            assertThat(d).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        }
    }

    @Test
    void longer_retry_after_is_honoured() {
        assertThat(delay(1, RECEIVED, 30, new SplittableRandom(1))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shorter_retry_after_does_not_shorten_the_back_off() {
        assertThat(delay(3, RECEIVED, 1, NO_JITTER)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void zero_retry_after_means_none() {
        assertThat(delay(1, RECEIVED, 0, NO_JITTER)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void next_attempt_is_counted_from_now() {
        Instant now = RECEIVED.plusSeconds(3600);

        assertThat(POLICY.nextAttempt(1, now, RECEIVED, 0, NO_JITTER)).contains(now.plusSeconds(2));
    }

    @Test
    void retries_are_allowed_up_to_the_one_day_limit() {
        Instant now = RECEIVED.plus(Duration.ofDays(1)).minusSeconds(2);

        assertThat(POLICY.nextAttempt(1, now, RECEIVED, 0, NO_JITTER)).contains(RECEIVED.plus(Duration.ofDays(1)));
    }

    @Test
    void no_retry_after_the_one_day_limit() {
        Instant now = RECEIVED.plus(Duration.ofDays(1)).minusSeconds(1);

        assertThat(POLICY.nextAttempt(1, now, RECEIVED, 0, NO_JITTER)).isEmpty();
        Instant dayAfter = RECEIVED.plus(Duration.ofDays(2));
        assertThat(POLICY.nextAttempt(1, dayAfter, RECEIVED, 0, NO_JITTER)).isEmpty();
    }

    @Test
    void retry_after_beyond_the_limit_ends_the_retries() {
        Instant now = RECEIVED.plus(Duration.ofHours(23));

        assertThat(POLICY.nextAttempt(1, now, RECEIVED, 7200, NO_JITTER)).isEmpty();
    }

    @Test
    void configured_retry_limit_is_used() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(1));

        assertThat(policy.nextAttempt(1, RECEIVED.plusSeconds(50), RECEIVED, 0, NO_JITTER))
                .isPresent();
        assertThat(policy.nextAttempt(1, RECEIVED.plusSeconds(59), RECEIVED, 0, NO_JITTER))
                .isEmpty();
    }

    @Test
    void max_delay_below_first_delay_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofDays(1)));
    }

    @Test
    void negative_first_delay_is_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(5), Duration.ofDays(1)));
    }
}
