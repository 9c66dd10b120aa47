package io.sipush.ppg.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipAnswerClassTest {

    @Test
    void final_answers_fall_into_their_class() {
        assertThat(SipAnswerClass.CLASSES[SipAnswerClass.indexOf(200)]).isEqualTo("2xx");
        assertThat(SipAnswerClass.CLASSES[SipAnswerClass.indexOf(408)]).isEqualTo("4xx");
        assertThat(SipAnswerClass.CLASSES[SipAnswerClass.indexOf(699)]).isEqualTo("6xx");
        assertThat(SipAnswerClass.CLASSES[SipAnswerClass.indexOf(100)]).isEqualTo("1xx");
    }

    @Test
    void a_status_outside_100_to_699_has_no_class() {
        assertThat(SipAnswerClass.indexOf(99)).isEqualTo(-1);
        assertThat(SipAnswerClass.indexOf(700)).isEqualTo(-1);
    }
}
