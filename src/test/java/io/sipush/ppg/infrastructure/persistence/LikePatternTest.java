package io.sipush.ppg.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcards_and_the_escape_character_in_the_fragment_stand_for_themselves() {
        assertThat(LikePattern.containing("50%_off\\x")).isEqualTo("%50\\%\\_off\\\\x%");
    }

    @Test
    void ignoring_case_lowers_the_fragment() {
        assertThat(LikePattern.containingIgnoringCase("SIP:Alice@")).isEqualTo("%sip:alice@%");
    }
}
