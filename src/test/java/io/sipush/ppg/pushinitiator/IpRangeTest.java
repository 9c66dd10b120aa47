package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1, true",
        "127.0.0.1, 127.0.0.2, false",
        "10.0.0.0/8, 10.200.3.4, true",
        "10.0.0.0/8, 11.0.0.1, false",
        "192.0.2.128/25, 192.0.2.129, true",
        "192.0.2.128/25, 192.0.2.127, false",
        "192.0.2.5/24, 192.0.2.200, true",
        "0.0.0.0/0, 203.0.113.9, true",
        "2001:db8::/32, 2001:db8:1::5, true",
        "2001:db8::/32, 2001:db9::5, false",
        "::1, 0:0:0:0:0:0:0:1, true",
        "::1, 127.0.0.1, false",
        "127.0.0.1, ::1, false",
        "127.0.0.1, ::ffff:127.0.0.1, true",
        "127.0.0.1, '', false",
        "127.0.0.1, localhost, false",
    })
    void address_is_in_the_range_when_its_prefix_matches(String range, String address, boolean expected) {
        assertThat(IpRange.parse(range).contains(address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "localhost",
                "example.org",
                "256.0.0.1",
                "10.0.0",
                "10.0.0.0/33",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "2001:db8::/129",
                "2001:db8:::1",
                "fe80::1%eth0"
            })
    void anything_but_a_literal_address_or_cidr_block_is_refused(String entry) {
        assertThatThrownBy(() -> IpRange.parse(entry)).isInstanceOf(InvalidPolicyException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "no-such-host.invalid"})
    void refusal_names_the_entry(String entry) {
        assertThatThrownBy(() -> IpRange.parse(entry)).hasMessageContaining(entry);
    }
}
