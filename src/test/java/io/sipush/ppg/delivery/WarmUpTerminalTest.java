package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.sipush.ppg.pushinitiator.PushInitiatorName;
import org.junit.jupiter.api.Test;

class WarmUpTerminalTest {

    @Test
    void name_is_the_reserved_prefix_the_instance_id_in_lower_case_and_a_hash() {
        assertThat(WarmUpTerminal.name("PPG-1.example.org:9080"))
                .matches("ppg-warm-up-ppg-1-example-org-9080-[0-9a-f]{8}");
        assertThat(PushInitiatorName.reserved(WarmUpTerminal.name("PPG-1.example.org:9080")))
                .isTrue();
    }

    @Test
    void ids_that_differ_only_in_punctuation_or_case_get_names_of_their_own() {
        assertThat(WarmUpTerminal.name("ppg.1")).isNotEqualTo(WarmUpTerminal.name("ppg-1"));
        assertThat(WarmUpTerminal.name("PPG-1")).isNotEqualTo(WarmUpTerminal.name("ppg-1"));
    }

    @Test
    void name_of_a_long_instance_id_is_still_a_valid_pi_account_name() {
        String name = WarmUpTerminal.name("node.".repeat(40) + ":9080");

        assertThat(name).hasSizeLessThanOrEqualTo(61);
        assertThatCode(() -> PushInitiatorName.require(name)).doesNotThrowAnyException();
    }

    @Test
    void terminal_users_are_the_name_and_an_index() {
        assertThat(WarmUpTerminal.user("ppg-2", 15)).isEqualTo(WarmUpTerminal.name("ppg-2") + "-15");
    }

    @Test
    void warm_up_users_are_told_apart_from_terminals() {
        assertThat(WarmUpTerminal.isWarmUpUser(WarmUpTerminal.user("ppg-1", 0))).isTrue();
        assertThat(WarmUpTerminal.isWarmUpUser("alice")).isFalse();
        assertThat(WarmUpTerminal.isWarmUpUser("my-ppg-warm-up-1")).isFalse();
        assertThat(WarmUpTerminal.isWarmUpUser(null)).isFalse();
    }

    @Test
    void answers_only_while_a_warm_up_runs_and_counts_what_it_answered() {
        WarmUpTerminal terminal = new WarmUpTerminal();
        assertThat(terminal.answering()).isFalse();

        terminal.begin();
        terminal.messageReceived();
        terminal.messageReceived();
        boolean during = terminal.answering();
        terminal.end();

        assertThat(during).isTrue();
        assertThat(terminal.answering()).isFalse();
        assertThat(terminal.received()).isEqualTo(2);
    }
}
