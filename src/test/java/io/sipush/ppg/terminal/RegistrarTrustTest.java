package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrarTrustTest {

    private static InetAddress address(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void default_trusts_ipv4_and_ipv6_loopback() {
        RegistrarTrust trust = RegistrarTrust.loopbackAnd(List.of());

        assertThat(trust.trusts("127.0.0.1")).isTrue();
        assertThat(trust.trusts("127.0.0.2")).isTrue();
        assertThat(trust.trusts("::1")).isTrue();
        assertThat(trust.trusts("[0:0:0:0:0:0:0:1]")).isTrue();
    }

    @Test
    void default_trusts_the_outbound_proxy_addresses_and_nobody_else() throws Exception {
        RegistrarTrust trust = RegistrarTrust.loopbackAnd(List.of(address("192.0.2.7"), address("2001:db8::7")));

        assertThat(trust.trusts("192.0.2.7")).isTrue();
        assertThat(trust.trusts("2001:db8:0:0:0:0:0:7")).isTrue();
        assertThat(trust.trusts("192.0.2.8")).isFalse();
        assertThat(trust.trusts("203.0.113.1")).isFalse();
        assertThat(trust.trusts("2001:db8::8")).isFalse();
    }

    @Test
    void a_link_local_proxy_address_is_trusted_without_its_zone() throws Exception {
        InetAddress scoped =
                InetAddress.getByAddress("proxy", address("fe80::1").getAddress());

        RegistrarTrust trust = RegistrarTrust.loopbackAnd(List.of(scoped));

        assertThat(trust.trusts("fe80::1")).isTrue();
        assertThat(trust.trusts("fe80::1%eth0")).isTrue();
    }

    @Test
    void configured_list_trusts_only_its_entries_not_loopback() {
        RegistrarTrust trust = RegistrarTrust.parse(" 10.0.0.0/8 , 2001:db8::/32,192.0.2.1");

        assertThat(trust.trusts("10.1.2.3")).isTrue();
        assertThat(trust.trusts("2001:db8:5::1")).isTrue();
        assertThat(trust.trusts("192.0.2.1")).isTrue();
        assertThat(trust.trusts("192.0.2.2")).isFalse();
        assertThat(trust.trusts("127.0.0.1")).isFalse();
        assertThat(trust.trusts("::1")).isFalse();
    }

    @Test
    void configured_loopback_is_trusted_when_listed() {
        RegistrarTrust trust = RegistrarTrust.parse("127.0.0.1,::1");

        assertThat(trust.trusts("127.0.0.1")).isTrue();
        assertThat(trust.trusts("::1")).isTrue();
        assertThat(trust.trusts("127.0.0.2")).isFalse();
    }

    @Test
    void configured_list_wins_over_the_outbound_proxy_default() throws Exception {
        RegistrarTrust trust =
                RegistrarTrust.of(Optional.of(RegistrarTrust.parse("10.0.0.0/8")), List.of(address("192.0.2.7")));

        assertThat(trust.trusts("192.0.2.7")).isFalse();
        assertThat(trust.trusts("127.0.0.1")).isFalse();
        assertThat(trust.trusts("10.0.0.1")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "not-an-address", "10.0.0.0/8"})
    void unknown_or_missing_sources_are_not_trusted_by_the_default(String source) {
        RegistrarTrust trust = RegistrarTrust.loopbackAnd(List.of());

        assertThat(trust.trusts(source)).isFalse();
        assertThat(trust.trusts(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.org", "10.0.0.0/33", "10.0.0.1,nonsense", " , ", "256.1.1.1"})
    void a_setting_that_is_no_list_of_literal_addresses_is_refused_naming_the_setting(String setting) {
        assertThatThrownBy(() -> RegistrarTrust.parse(setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PPG_SIP_TRUSTED");
    }
}
