package io.sipush.ppg.interfaces.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.terminal.ContactBinding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactJsonTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void transport_is_udp_unless_the_contact_uri_names_one() {
        assertThat(ContactJson.transportOf("sip:t@192.0.2.1:5070")).isEqualTo("udp");
        assertThat(ContactJson.transportOf("sip:t@192.0.2.1:5070;transport=TCP"))
                .isEqualTo("tcp");
        assertThat(ContactJson.transportOf("sip:t@192.0.2.1;ob;transport=ws")).isEqualTo("ws");
    }

    @Test
    void a_sips_contact_is_tls() {
        assertThat(ContactJson.transportOf("sips:t@example.org")).isEqualTo("tls");
    }

    @Test
    void contact_shows_its_expiry_q_and_push_applications() {
        ContactBinding binding =
                new ContactBinding("sip:t@192.0.2.1", NOW.plusSeconds(90), 0.5f, List.of("syncml.dm", "wml.ua"));

        ContactJson json = ContactJson.of(binding, NOW);

        assertThat(json.uri).isEqualTo("sip:t@192.0.2.1");
        assertThat(json.expiresAt).isEqualTo("2026-01-01T00:01:30Z");
        assertThat(json.expiresInSeconds).isEqualTo(90);
        assertThat(json.q).isEqualTo(0.5f);
        assertThat(json.pushApplicationIds).containsExactly("syncml.dm", "wml.ua");
    }
}
