package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeTrustTest {
    private final ChallengeTrust trust = new ChallengeTrust(List.of("ims.example.org", "Core.Example.NET"));

    @Test
    void a_configured_realm_is_answered_whatever_its_case() {
        assertThat(trust.realmToAnswer(List.of("evil.example.com", "core.example.net")))
                .contains("core.example.net");
    }

    @Test
    void a_realm_of_the_challenger_s_choosing_is_not_answered() {
        assertThat(trust.realmToAnswer(List.of("evil.example.com"))).isEmpty();
        assertThat(trust.realmToAnswer(List.of())).isEmpty();
    }

    @Test
    void an_answer_from_the_first_hop_s_address_and_port_counts() {
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", 5070, false, "127.0.0.1", 5070))
                .isTrue();
        assertThat(ChallengeTrust.fromFirstHop("localhost", 5070, false, "127.0.0.1", 5070))
                .isTrue();
    }

    @Test
    void a_hop_without_a_port_is_on_the_default_port_of_its_transport() {
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", -1, false, "127.0.0.1", 5060))
                .isTrue();
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", -1, true, "127.0.0.1", 5061))
                .isTrue();
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", -1, true, "127.0.0.1", 5060))
                .isFalse();
    }

    @Test
    void an_answer_straight_from_the_contact_or_another_host_does_not_count() {
        assertThat(ChallengeTrust.fromFirstHop(null, -1, false, "127.0.0.1", 5070))
                .isFalse();
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", 5070, false, "127.0.0.1", 5071))
                .isFalse();
        assertThat(ChallengeTrust.fromFirstHop("127.0.0.1", 5070, false, "127.0.0.2", 5070))
                .isFalse();
    }
}
