package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void full_bucket_allows_a_burst_of_one_seconds_worth_then_refuses() {
        TokenBucket bucket = new TokenBucket(3, 0);

        assertThat(bucket.tryAcquire(0)).isTrue();
        assertThat(bucket.tryAcquire(0)).isTrue();
        assertThat(bucket.tryAcquire(0)).isTrue();
        assertThat(bucket.tryAcquire(0)).isFalse();
    }

    @Test
    void tokens_come_back_at_the_rate() {
        TokenBucket bucket = new TokenBucket(2, 0);
        bucket.tryAcquire(0);
        bucket.tryAcquire(0);

        assertThat(bucket.tryAcquire(SECOND / 4)).isFalse();
        assertThat(bucket.tryAcquire(SECOND / 2)).isTrue();
        assertThat(bucket.tryAcquire(SECOND / 2)).isFalse();
    }

    @Test
    void an_idle_bucket_never_holds_more_than_one_seconds_worth() {
        TokenBucket bucket = new TokenBucket(2, 0);

        long later = 60 * SECOND;
        assertThat(bucket.tryAcquire(later)).isTrue();
        assertThat(bucket.tryAcquire(later)).isTrue();
        assertThat(bucket.tryAcquire(later)).isFalse();
    }

    @Test
    void rate_must_be_positive() {
        assertThatThrownBy(() -> new TokenBucket(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rate_limiter_keeps_one_bucket_per_push_initiator() {
        RateLimiter limiter = new RateLimiter();

        assertThat(limiter.tryAcquire("a", 1, 0)).isTrue();
        assertThat(limiter.tryAcquire("a", 1, 0)).isFalse();
        assertThat(limiter.tryAcquire("b", 1, 0)).isTrue();
    }

    @Test
    void rate_limiter_with_rate_zero_is_unlimited() {
        RateLimiter limiter = new RateLimiter();

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("a", 0, 0)).isTrue();
        }
    }

    @Test
    void rate_limiter_starts_a_full_bucket_when_the_rate_changes() {
        RateLimiter limiter = new RateLimiter();
        limiter.tryAcquire("a", 1, 0);

        assertThat(limiter.tryAcquire("a", 1, 0)).isFalse();
        assertThat(limiter.tryAcquire("a", 2, 0)).isTrue();
    }
}
