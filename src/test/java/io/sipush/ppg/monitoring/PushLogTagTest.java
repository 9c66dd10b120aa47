package io.sipush.ppg.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PushLogTagTest {

    @Test
    void names_the_pi_and_the_push_id_in_one_fixed_form() {
        assertThat(PushLogTag.of("dm-server", "42@dm.example.org")).isEqualTo("pi=dm-server push-id=42@dm.example.org");
    }
}
