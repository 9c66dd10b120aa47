package io.sipush.ppg.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 9: values from outside cannot forge log lines. */
class LogValueTest {

    @Test
    void push_log_tag_escapes_line_ends_in_a_push_id() {
        String tag = PushLogTag.of("pi", "p1\n2026-12-06 INFO forged line\r");

        assertThat(tag).doesNotContain("\n").doesNotContain("\r");
        assertThat(tag).isEqualTo("pi=pi push-id=p1\\n2026-12-06 INFO forged line\\r");
    }

    @Test
    void push_log_tag_escapes_control_characters_in_a_pi_name() {
        assertThat(PushLogTag.of("a\u0000\u001b[31m\u0085\u2028", "p"))
                .isEqualTo("pi=a\\u0000\\u001b[31m\\u0085\\u2028 push-id=p");
    }

    @Test
    void log_value_doubles_backslashes_so_escapes_cannot_be_faked() {
        assertThat(LogValue.of("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    void log_value_leaves_printable_text_alone() {
        String text = "sip:+15551234567@ims.example.org;user=phone ü €";
        assertThat(LogValue.of(text)).isSameAs(text);
    }
}
