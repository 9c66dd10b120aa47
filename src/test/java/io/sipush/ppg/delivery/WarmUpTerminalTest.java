package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.sipush.ppg.pushinitiator.PushInitiatorName;
import org.junit.jupiter.api.Test;

class WarmUpTerminalTest {

    @Test
    void name_is_the_instance_id_in_lower_case_letters_digits_and_dashes() {
        assertThat(WarmUpTerminal.name("PPG-1.example.org:9080")).isEqualTo("ppg-warm-up-ppg-1-example-org-9080");
    }

    @Test
    void name_of_a_long_instance_id_is_still_a_valid_pi_account_name() {
        String name = WarmUpTerminal.name("node.".repeat(40) + ":9080");

        assertThat(name).hasSize(56).matches("ppg-warm-up-[a-z0-9-]+");
        assertThatCode(() -> PushInitiatorName.require(name)).doesNotThrowAnyException();
    }

    @Test
    void terminal_users_are_the_name_and_an_index() {
        assertThat(WarmUpTerminal.user("ppg-2", 15)).isEqualTo("ppg-warm-up-ppg-2-15");
    }

    @Test
    void warm_up_users_are_told_apart_from_terminals() {
        assertThat(WarmUpTerminal.isWarmUpUser(WarmUpTerminal.user("ppg-1", 0))).isTrue();
        assertThat(WarmUpTerminal.isWarmUpUser("alice")).isFalse();
        assertThat(WarmUpTerminal.isWarmUpUser("warm-up")).isFalse();
        assertThat(WarmUpTerminal.isWarmUpUser(null)).isFalse();
    }

    @Test
    void counts_the_warm_up_messages_it_answered() {
        WarmUpTerminal terminal = new WarmUpTerminal();

        terminal.messageReceived();
        terminal.messageReceived();

        assertThat(terminal.received()).isEqualTo(2);
    }
}
