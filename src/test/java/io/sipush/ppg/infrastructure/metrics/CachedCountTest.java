package io.sipush.ppg.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedCountTest {
    private final ManualClock clock = new ManualClock();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong stored = new AtomicLong(7);
    private final CachedCount count = new CachedCount(
            () -> {
                reads.incrementAndGet();
                return stored.get();
            },
            Duration.ofSeconds(5),
            clock);

    @Test
    void reads_the_store_once_within_the_maximum_age() {
        assertThat(count.get()).isEqualTo(7);
        stored.set(9);
        clock.advance(Duration.ofSeconds(4));

        assertThat(count.get()).isEqualTo(7);
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void reads_the_store_again_once_the_value_is_too_old() {
        count.get();
        stored.set(9);
        clock.advance(Duration.ofSeconds(5));

        assertThat(count.get()).isEqualTo(9);
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void keeps_the_last_value_when_the_store_fails() {
        CachedCount failing = new CachedCount(
                () -> {
                    if (reads.incrementAndGet() > 1) {
                        throw new IllegalStateException("database down");
                    }
                    return 3;
                },
                Duration.ofSeconds(5),
                clock);
        failing.get();
        clock.advance(Duration.ofSeconds(6));

        assertThat(failing.get()).isEqualTo(3);
    }

    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
