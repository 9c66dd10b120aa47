package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPatternTest {

    @ParameterizedTest
    @CsvSource({
        "plmn:+1555, 'sip:+15551234567@ims.example.org;user=phone', true",
        "plmn:+1-555, 'sip:+15551234567@ims.example.org;user=phone', true",
        "plmn:+1555, 'sip:+1-555-123-4567@ims.example.org;user=phone', true",
        "plmn:+1555, 'sip:+15551234567@other.example.com;transport=tcp;user=phone', true",
        "plmn:+1555, 'sip:+15551234567;isub=12@ims.example.org;user=phone', true",
        "plmn:+1555, 'sip:+447700900123@ims.example.org;user=phone', false",
        "plmn:+1555, 'sip:+1556000@ims.example.org;user=phone', false",
        "plmn:+1555, 'sip:+15551234567@ims.example.org', false",
        "plmn:+1555, 'sip:alice@ims.example.org;user=phone', false",
    })
    void plmn_prefix_matches_phone_numbers_only(String rule, String uri, boolean expected) {
        assertThat(AddressPattern.parse(rule).matches(uri)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "domain:ims.example.org, sip:alice@ims.example.org, true",
        "domain:ims.example.org, sip:alice@IMS.Example.ORG:5062;transport=tcp, true",
        "domain:ims.example.org, 'sip:+15551234567@ims.example.org;user=phone', true",
        "domain:ims.example.org, sips:alice@ims.example.org, true",
        "domain:ims.example.org, sip:alice@evil-ims.example.org, false",
        "domain:ims.example.org, sip:alice@ims.example.org.evil.com, false",
        "domain:ims.example.org, sip:alice@sub.ims.example.org, false",
        "domain:*.example.org, sip:alice@sub.ims.example.org, true",
        "domain:*.example.org, sip:alice@example.org, false",
        "domain:*.example.org, sip:alice@badexample.org, false",
        "domain:ims.example.org, sip:ims.example.org@evil.com, false",
        "domain:ims.example.org, tel:+15551234567, false",
    })
    void domain_matches_the_host_of_the_sip_uri(String rule, String uri, boolean expected) {
        assertThat(AddressPattern.parse(rule).matches(uri)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'regex:sip:[a-z]+@ims\\.example\\.org', sip:alice@ims.example.org, true",
        "'regex:sip:[a-z]+@ims\\.example\\.org', sip:alice@ims.example.org.evil.com, false",
        "'regex:sip:[a-z]+@ims\\.example\\.org', sip:alice1@ims.example.org, false",
        "'regex:(?i)SIP:ALICE@.*', sip:alice@anywhere.example, true",
    })
    void regex_must_match_the_whole_sip_uri(String rule, String uri, boolean expected) {
        assertThat(AddressPattern.parse(rule).matches(uri)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plmn:1555", "plmn:+", "plmn:+15a5", "domain:", "domain:ims example.org", "domain:a..b"})
    void malformed_prefix_or_domain_is_refused_naming_the_rule(String rule) {
        assertThatThrownBy(() -> AddressPattern.parse(rule))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(rule);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"+1555", "prefix:+1555", "sip:alice@ims.example.org"})
    void rule_without_a_known_kind_is_refused(String rule) {
        assertThatThrownBy(() -> AddressPattern.parse(rule))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("must start with plmn:, domain: or regex:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"regex:((", "regex:[a-", "regex:*x"})
    void invalid_regex_is_refused_naming_it(String rule) {
        assertThatThrownBy(() -> AddressPattern.parse(rule))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(rule)
                .hasMessageContaining("not a valid Java regular expression");
    }

    @ParameterizedTest
    @CsvSource({"PLMN:+1555, plmn:+1555", " domain:ims.example.org , domain:ims.example.org"})
    void kind_is_read_without_regard_to_case_and_blanks(String rule, String text) {
        assertThat(AddressPattern.parse(rule).text()).isEqualTo(text);
    }
}
