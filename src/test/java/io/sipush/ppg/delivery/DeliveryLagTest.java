package io.sipush.ppg.delivery;

import static io.sipush.ppg.delivery.Tickets.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class DeliveryLagTest {
    private final DeliveryLag lag = new DeliveryLag(Duration.ofMillis(1000));

    private Instant feed(long waitedMillis, int times, Instant from) {
        return every10ms(lag::sample, waitedMillis, times, from);
    }

    /** {@code times} measures of {@code millis}, 10 ms apart after {@code from}; the time of the last. */
    private static Instant every10ms(BiConsumer<Duration, Instant> measure, long millis, int times, Instant from) {
        Instant at = from;
        for (int i = 0; i < times; i++) {
            at = at.plusMillis(10);
            measure.accept(Duration.ofMillis(millis), at);
        }
        return at;
    }

    @Test
    void deliveries_that_go_out_at_once_refuse_nothing() {
        Instant at = feed(5, 200, T0);

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void deliveries_waiting_longer_than_the_limit_refuse_new_pushes() {
        Instant at = feed(3000, 100, T0);

        assertThat(lag.refusal(at))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("busy").contains("limit 1000 ms"));
    }

    @Test
    void one_long_wait_among_short_ones_refuses_nothing() {
        Instant at = feed(5, 100, T0);
        at = feed(5000, 1, at);

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void pushes_are_taken_again_once_the_wait_falls_below_half_the_limit() {
        Instant at = feed(3000, 100, T0);
        at = feed(700, 100, at);
        assertThat(lag.refusal(at)).as("between half the limit and the limit").isPresent();

        at = feed(100, 100, at);

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void with_no_message_sent_for_a_second_the_ppg_is_not_behind() {
        Instant at = feed(3000, 100, T0);

        assertThat(lag.refusal(at.plus(DeliveryLag.QUIET).plusMillis(1))).isEmpty();
    }

    private Instant answers(long tookMillis, int times, Instant from) {
        return every10ms(lag::roundTrip, tookMillis, times, from);
    }

    @Test
    void when_even_the_fastest_answer_of_a_second_came_after_the_limit_new_pushes_are_refused() {
        Instant at = answers(2500, 150, T0);

        assertThat(lag.refusal(at))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("fastest MESSAGE of the last second took 2500 ms")
                        .contains("limit 1000 ms"));
    }

    @Test
    void a_few_slow_answers_a_second_refuse_nothing() {
        Instant at = T0;
        for (int i = 0; i < 10; i++) {
            at = at.plusMillis(500);
            lag.roundTrip(Duration.ofSeconds(2), at);
        }

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void slow_terminals_among_fast_ones_refuse_nothing() {
        Instant at = T0;
        for (int i = 0; i < 150; i++) {
            at = answers(i % 10 == 0 ? 20 : 3000, 1, at);
        }

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void pushes_are_taken_again_once_the_fastest_answers_come_within_half_the_limit() {
        Instant at = answers(2500, 150, T0);
        at = answers(100, 150, at);

        assertThat(lag.refusal(at)).isEmpty();
    }

    @Test
    void a_limit_of_zero_never_refuses() {
        DeliveryLag never = new DeliveryLag(Duration.ZERO);
        for (int i = 0; i < 100; i++) {
            never.sample(Duration.ofSeconds(60), T0.plusMillis(i));
            never.roundTrip(Duration.ofSeconds(60), T0.plusMillis(i));
        }

        assertThat(never.refusal(T0.plusMillis(100))).isEmpty();
    }
}
