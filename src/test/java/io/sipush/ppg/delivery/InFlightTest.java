package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightTest {
    private static final Instant SINCE = Instant.parse("2026-12-06T15:51:05.250Z");

    @Test
    void describe_names_the_time_the_next_attempt_and_the_transport() {
        InFlight message = new InFlight(7, 70, SINCE, "UDP", false);

        assertThat(message.describe(2)).isEqualTo("in flight since 2026-12-06T15:51:05Z, attempt 3, over UDP");
    }

    @Test
    void cancel_keeps_the_message_and_marks_it() {
        InFlight cancelled = new InFlight(7, 70, SINCE, "TCP", false).cancel();

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled).isEqualTo(new InFlight(7, 70, SINCE, "TCP", true));
    }

    @Test
    void transport_is_udp_for_a_plain_contact_and_tcp_for_a_large_body() {
        assertThat(InFlight.transportOf("sip:t@10.0.0.1:5070", null, List.of(), false))
                .isEqualTo("UDP");
        assertThat(InFlight.transportOf("sip:t@10.0.0.1:5070", null, List.of(), true))
                .isEqualTo("TCP");
    }

    @Test
    void transport_follows_the_contact_parameters_and_scheme() {
        assertThat(InFlight.transportOf("sip:t@10.0.0.1;transport=tcp", null, List.of(), false))
                .isEqualTo("TCP");
        assertThat(InFlight.transportOf("sip:t@10.0.0.1;transport=TLS", null, List.of(), false))
                .isEqualTo("TLS");
        assertThat(InFlight.transportOf("sips:t@10.0.0.1", null, List.of(), true))
                .isEqualTo("TLS");
    }

    @Test
    void transport_is_the_first_hop_s_the_path_before_the_proxy_before_the_contact() {
        assertThat(InFlight.transportOf(
                        "sip:t@10.0.0.1", "sip:proxy:5070", List.of("sip:core;lr;transport=tcp", "sip:x"), false))
                .isEqualTo("TCP");
        assertThat(InFlight.transportOf("sip:t@10.0.0.1;transport=tcp", "sips:proxy:5071", List.of(), false))
                .isEqualTo("TLS");
    }
}
