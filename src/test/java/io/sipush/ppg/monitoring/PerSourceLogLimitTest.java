package io.sipush.ppg.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PerSourceLogLimitTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final PerSourceLogLimit limit = new PerSourceLogLimit(Duration.ofMinutes(1), 3, clock);

    @Test
    void the_first_line_of_a_source_is_written_and_the_rest_of_the_minute_held_back() {
        assertThat(limit.admit("192.0.2.1")).isEqualTo(OptionalLong.of(0));
        assertThat(limit.admit("192.0.2.1")).isEmpty();
        assertThat(limit.admit("192.0.2.1")).isEmpty();
    }

    @Test
    void after_a_minute_a_line_is_written_again_with_the_count_held_back() {
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.1");
        clock.advance(Duration.ofSeconds(60));

        assertThat(limit.admit("192.0.2.1")).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void each_source_has_its_own_minute() {
        limit.admit("192.0.2.1");

        assertThat(limit.admit("192.0.2.2")).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void past_the_table_size_new_sources_share_one_line_per_minute() {
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.2");
        limit.admit("192.0.2.3");

        assertThat(limit.admit("192.0.2.4")).isEqualTo(OptionalLong.of(0));
        assertThat(limit.admit("192.0.2.5")).isEmpty();
        assertThat(limit.admit("192.0.2.6")).isEmpty();
    }

    @Test
    void expired_sources_make_room_for_new_ones() {
        limit.admit("192.0.2.1");
        limit.admit("192.0.2.2");
        limit.admit("192.0.2.3");
        clock.advance(Duration.ofMinutes(2));

        assertThat(limit.admit("192.0.2.4")).isEqualTo(OptionalLong.of(0));
        assertThat(limit.admit("192.0.2.5")).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void logged_values_from_outside_hold_no_line_breaks_and_are_clipped() {
        assertThat(PerSourceLogLimit.loggable("sip:a@b\r\nFAKE LINE")).isEqualTo("sip:a@b  FAKE LINE");
        assertThat(PerSourceLogLimit.loggable("x".repeat(1000))).hasSize(201);
    }
}
