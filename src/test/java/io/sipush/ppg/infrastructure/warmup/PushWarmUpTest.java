package io.sipush.ppg.infrastructure.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushWarmUpTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "*", "::", "[::]"})
    void a_wildcard_listening_address_is_reached_on_loopback(String wildcard) {
        assertThat(PushWarmUp.loopback(wildcard)).isEqualTo("127.0.0.1");
    }

    @Test
    void a_listening_address_of_one_interface_is_used_as_it_is() {
        assertThat(PushWarmUp.loopback("10.20.30.40")).isEqualTo("10.20.30.40");
    }

    @Test
    void a_warm_up_is_complete_when_every_push_got_1001_and_its_message_was_answered() {
        java.time.Duration took = java.time.Duration.ofSeconds(1);

        assertThat(new PushWarmUp.Outcome(3, java.util.Map.of("1001", 3), 3, 3, took).complete())
                .isTrue();
        assertThat(new PushWarmUp.Outcome(3, java.util.Map.of("1001", 3), 0, 3, took).complete())
                .as("no MESSAGE answered")
                .isFalse();
        assertThat(new PushWarmUp.Outcome(3, java.util.Map.of("1001", 2, "4001", 1), 2, 2, took).complete())
                .as("a push refused")
                .isFalse();
    }

    @Test
    void answers_are_counted_by_code_in_code_order() {
        assertThat(WarmUpClient.tally(List.of("4001", "1001", "1001", "HTTP 500")))
                .containsExactly(
                        java.util.Map.entry("1001", 2),
                        java.util.Map.entry("4001", 1),
                        java.util.Map.entry("HTTP 500", 1));
    }
}
