package io.sipush.ppg.tools.piclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.AddressType;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.tools.cli.UsageException;
import org.junit.jupiter.api.Test;

class AddressArgumentTest {

    @Test
    void a_sip_uri_becomes_an_escaped_user_address() throws Exception {
        PushAddress address = AddressArgument.parse("sip:alice@ims.example.org");

        assertThat(address.papValue()).isEqualTo("WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER");
        assertThat(address.type()).isEqualTo(AddressType.USER);
        assertThat(address.toSipUri("ims.example.org")).isEqualTo("sip:alice@ims.example.org");
    }

    @Test
    void a_tel_uri_becomes_a_user_address() throws Exception {
        assertThat(AddressArgument.parse("tel:+15551234567").papValue())
                .isEqualTo("WAPPUSH=tel%3A+15551234567/TYPE=USER");
    }

    @Test
    void a_number_becomes_a_plmn_address_in_the_home_domain() throws Exception {
        PushAddress address = AddressArgument.parse("+1-555-123-4567");

        assertThat(address.type()).isEqualTo(AddressType.PLMN);
        assertThat(address.toSipUri("ims.example.org")).isEqualTo("sip:+15551234567@ims.example.org;user=phone");
    }

    @Test
    void a_pap_address_value_is_taken_as_written() throws Exception {
        assertThat(AddressArgument.parse("wappush=+15551234567/type=PLMN@ppg.example.org")
                        .papValue())
                .isEqualTo("wappush=+15551234567/type=PLMN@ppg.example.org");
    }

    @Test
    void anything_else_is_a_usage_error_that_names_the_forms() {
        assertThatThrownBy(() -> AddressArgument.parse("alice@example.org"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("sip:/tel:");
    }

    @Test
    void a_malformed_pap_address_is_a_usage_error_with_the_pap_reason() {
        assertThatThrownBy(() -> AddressArgument.parse("WAPPUSH=1.2.3.4/TYPE=IPv4"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("WAPPUSH=1.2.3.4/TYPE=IPv4");
    }
}
