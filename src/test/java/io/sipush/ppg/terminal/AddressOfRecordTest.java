package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressOfRecordTest {
    private static final String HOME = "ims.example.org";

    @Test
    void plain_sip_uri_is_kept_as_user_at_host() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:alice@ims.example.org", HOME);

        assertThat(aor.value()).isEqualTo("sip:alice@ims.example.org");
        assertThat(aor.toSipUri()).isEqualTo("sip:alice@ims.example.org");
        assertThat(aor.isTelephoneNumber()).isFalse();
    }

    @Test
    void sips_uri_is_canonicalised_to_the_sip_form() {
        AddressOfRecord aor = AddressOfRecord.parse("sips:alice@ims.example.org", HOME);

        assertThat(aor.value()).isEqualTo("sip:alice@ims.example.org");
    }

    @Test
    void scheme_is_matched_without_regard_to_case() {
        assertThat(AddressOfRecord.parse("SIP:alice@ims.example.org", HOME).value())
                .isEqualTo("sip:alice@ims.example.org");
    }

    @Test
    void angle_brackets_display_name_and_header_parameters_are_stripped() {
        AddressOfRecord aor = AddressOfRecord.parse("\"Alice\" <sip:alice@ims.example.org>;tag=abc", HOME);

        assertThat(aor.value()).isEqualTo("sip:alice@ims.example.org");
    }

    @Test
    void uri_parameters_headers_and_port_are_stripped() {
        assertThat(AddressOfRecord.parse("sip:alice@ims.example.org:5070;transport=tcp", HOME))
                .hasToString("sip:alice@ims.example.org");
        assertThat(AddressOfRecord.parse("<sip:alice@ims.example.org?subject=x>", HOME))
                .hasToString("sip:alice@ims.example.org");
    }

    @Test
    void host_is_lower_cased_but_user_is_kept() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:Alice.Smith@IMS.Example.ORG", HOME);

        assertThat(aor.value()).isEqualTo("sip:Alice.Smith@ims.example.org");
    }

    @Test
    void addresses_differing_only_in_host_case_and_parameters_are_equal() {
        AddressOfRecord a = AddressOfRecord.parse("sip:bob@IMS.example.org;transport=udp", HOME);
        AddressOfRecord b = AddressOfRecord.parse("<sip:bob@ims.example.org>", HOME);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(AddressOfRecord.parse("sip:Bob@ims.example.org", HOME));
    }

    @Test
    void tel_uri_becomes_sip_number_in_home_domain_with_user_phone() {
        AddressOfRecord aor = AddressOfRecord.parse("tel:+15551234567", HOME);

        assertThat(aor.value()).isEqualTo("sip:+15551234567@ims.example.org");
        assertThat(aor.isTelephoneNumber()).isTrue();
        assertThat(aor.toSipUri()).isEqualTo("sip:+15551234567@ims.example.org;user=phone");
    }

    @Test
    void tel_uri_visual_separators_and_parameters_are_dropped() {
        AddressOfRecord aor = AddressOfRecord.parse("<TEL:+1-555-123.4567;ext=1>", HOME);

        assertThat(aor.toSipUri()).isEqualTo("sip:+15551234567@ims.example.org;user=phone");
    }

    @Test
    void plmn_number_becomes_sip_number_in_home_domain() {
        AddressOfRecord aor = AddressOfRecord.ofNumber("+15551234567", "IMS.Operator.NET");

        assertThat(aor.toSipUri()).isEqualTo("sip:+15551234567@ims.operator.net;user=phone");
    }

    @Test
    void plmn_number_without_plus_is_taken_as_global() {
        assertThat(AddressOfRecord.ofNumber("15551234567", HOME).value()).isEqualTo("sip:+15551234567@ims.example.org");
    }

    @Test
    void sip_uri_with_global_number_user_gets_user_phone_back() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:+15551234567@ims.example.org;user=phone", HOME);

        assertThat(aor.value()).isEqualTo("sip:+15551234567@ims.example.org");
        assertThat(aor.toSipUri()).isEqualTo("sip:+15551234567@ims.example.org;user=phone");
        assertThat(aor).isEqualTo(AddressOfRecord.parse("tel:+15551234567", HOME));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "alice",
                "alice@ims.example.org",
                "http://ims.example.org/alice",
                "mailto:alice@ims.example.org",
                "sip:ims.example.org",
                "sip:@ims.example.org",
                "sip:alice@",
                "sip:alice@:5060",
                "tel:",
                "tel:abc",
                "tel:+12"
            })
    void garbage_is_rejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressOfRecord.parse(text, HOME));
    }

    @Test
    void non_numeric_plmn_number_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressOfRecord.ofNumber("+1555abc4567", HOME));
    }
}
