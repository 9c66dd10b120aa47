package io.sipush.ppg.interfaces.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.MessageState;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    @Test
    void absent_or_blank_number_takes_the_default() {
        assertThat(QueryValues.number(null, "limit", 50)).isEqualTo(50);
        assertThat(QueryValues.number(" ", "limit", 50)).isEqualTo(50);
        assertThat(QueryValues.number(" 7 ", "limit", 50)).isEqualTo(7);
    }

    @Test
    void a_number_that_is_not_one_is_refused_with_the_parameter_name() {
        assertThatThrownBy(() -> QueryValues.number("ten", "offset", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be a whole number, not 'ten'");
    }

    @Test
    void state_is_read_as_pap_spells_it_in_any_case() {
        assertThat(QueryValues.state("Delivered")).contains(MessageState.DELIVERED);
        assertThat(QueryValues.state("")).isEmpty();
    }

    @Test
    void an_unknown_state_is_refused_with_the_states_there_are() {
        assertThatThrownBy(() -> QueryValues.state("sent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state must be one of pending, delivered")
                .hasMessageContaining("not 'sent'");
    }
}
