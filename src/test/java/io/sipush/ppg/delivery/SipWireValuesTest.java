package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipWireValuesTest {

    @Test
    void a_600_character_reason_phrase_is_clipped_so_that_the_engine_prefix_still_fits_its_column() {
        String phrase = SipWireValues.reasonPhrase("x".repeat(600));

        assertThat(phrase).hasSize(SipWireValues.MAX_REASON_PHRASE);
        assertThat(("retries used up; last answer SIP 480 " + phrase).length()).isLessThanOrEqualTo(512);
    }

    @Test
    void a_short_reason_phrase_is_kept_as_it_came() {
        assertThat(SipWireValues.reasonPhrase("Temporarily Unavailable")).isEqualTo("Temporarily Unavailable");
        assertThat(SipWireValues.reasonPhrase(null)).isNull();
    }

    @Test
    void control_characters_in_a_reason_phrase_become_blanks() {
        assertThat(SipWireValues.reasonPhrase("Busy\r\nX-Forged: 1\u0000")).isEqualTo("Busy  X-Forged: 1 ");
    }

    @Test
    void a_redirect_contact_that_fits_its_column_is_followed() {
        String contact = "sip:moved@192.0.2.1:5070;transport=tcp";

        assertThat(SipWireValues.redirectContact(contact)).isEqualTo(contact);
    }

    @Test
    void a_redirect_contact_longer_than_its_column_is_not_followed() {
        String contact = "sip:" + "a".repeat(1100) + "@example.org";

        assertThat(SipWireValues.redirectContact(contact)).isNull();
    }

    @Test
    void a_blank_or_control_character_redirect_contact_is_not_followed() {
        assertThat(SipWireValues.redirectContact(" ")).isNull();
        assertThat(SipWireValues.redirectContact(null)).isNull();
        assertThat(SipWireValues.redirectContact("sip:a@b\r\nVia: x")).isNull();
    }
}
