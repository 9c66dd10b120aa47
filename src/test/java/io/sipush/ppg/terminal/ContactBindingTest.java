package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactBindingTest {
    private static final Instant EXPIRES = Instant.parse("2026-11-01T12:00:00Z");

    private static ContactBinding contact(String uri, String... apps) {
        return new ContactBinding(uri, EXPIRES, 1.0f, List.of(apps));
    }

    @Test
    void contact_is_active_until_its_expiry_instant() {
        ContactBinding c = contact("sip:alice@10.0.0.1");

        assertThat(c.isActiveAt(EXPIRES.minusMillis(1))).isTrue();
        assertThat(c.isActiveAt(EXPIRES)).isFalse();
        assertThat(c.isActiveAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void contact_without_app_tags_accepts_every_application_but_announces_none() {
        ContactBinding c = contact("sip:alice@10.0.0.1");

        assertThat(c.accepts("syncml.dm")).isTrue();
        assertThat(c.announces("syncml.dm")).isFalse();
    }

    @Test
    void contact_with_app_tags_accepts_only_those() {
        ContactBinding c = contact("sip:alice@10.0.0.1", "syncml.dm", "wap.push.ua");

        assertThat(c.accepts("syncml.dm")).isTrue();
        assertThat(c.announces("wap.push.ua")).isTrue();
        assertThat(c.accepts("mms.ua")).isFalse();
    }

    @Test
    void transport_tcp_parameter_is_recognised_in_any_case() {
        assertThat(contact("sip:alice@10.0.0.1;transport=tcp").wantsTcp()).isTrue();
        assertThat(contact("sip:alice@10.0.0.1;Transport=TCP").wantsTcp()).isTrue();
        assertThat(contact("sip:alice@10.0.0.1;transport=udp").wantsTcp()).isFalse();
        assertThat(contact("sip:alice@10.0.0.1").wantsTcp()).isFalse();
    }

    @Test
    void application_list_is_copied_defensively() {
        List<String> apps = new ArrayList<>(List.of("syncml.dm"));
        ContactBinding c = new ContactBinding("sip:alice@10.0.0.1", EXPIRES, 1.0f, apps);

        apps.add("mms.ua");

        assertThat(c.pushApplicationIds()).containsExactly("syncml.dm");
    }
}
