package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTerminalRegistryTest {
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final AddressOfRecord ALICE = AddressOfRecord.parse("sip:alice@ims.example.org", "ims.example.org");
    private static final AddressOfRecord BOB = AddressOfRecord.parse("sip:bob@ims.example.org", "ims.example.org");

    private final InMemoryTerminalRegistry registry = new InMemoryTerminalRegistry();

    private static ContactBinding contact(String uri, long expiresInSeconds, float q) {
        return new ContactBinding(uri, NOW.plusSeconds(expiresInSeconds), q, List.of());
    }

    private static Registration bind(AddressOfRecord aor, ContactBinding... contacts) {
        return new Registration(aor, List.of(contacts), List.of(), false);
    }

    private static List<String> uris(List<ContactBinding> contacts) {
        return contacts.stream().map(ContactBinding::contactUri).toList();
    }

    @Test
    void unknown_address_of_record_has_no_contacts() {
        assertThat(registry.activeContacts(ALICE, NOW)).isEmpty();
    }

    @Test
    void register_binds_contacts_and_returns_them() {
        List<ContactBinding> bound = registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1)), NOW);

        assertThat(uris(bound)).containsExactly("sip:a@1");
        assertThat(uris(registry.activeContacts(ALICE, NOW))).containsExactly("sip:a@1");
        assertThat(registry.activeContacts(BOB, NOW)).isEmpty();
    }

    @Test
    void active_contacts_come_highest_q_first() {
        registry.apply(bind(ALICE, contact("sip:low@1", 3600, 0.2f), contact("sip:high@2", 3600, 0.9f)), NOW);
        registry.apply(bind(ALICE, contact("sip:mid@3", 3600, 0.5f)), NOW);

        assertThat(uris(registry.activeContacts(ALICE, NOW))).containsExactly("sip:high@2", "sip:mid@3", "sip:low@1");
    }

    @Test
    void expired_contact_is_no_longer_active() {
        registry.apply(bind(ALICE, contact("sip:short@1", 60, 1), contact("sip:long@2", 3600, 1)), NOW);

        assertThat(uris(registry.activeContacts(ALICE, NOW.plusSeconds(60)))).containsExactly("sip:long@2");
        assertThat(registry.activeContacts(ALICE, NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void refresh_of_the_same_contact_replaces_it() {
        registry.apply(bind(ALICE, contact("sip:a@1", 60, 0.5f)), NOW);

        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 0.8f)), NOW.plusSeconds(30));

        List<ContactBinding> active = registry.activeContacts(ALICE, NOW.plusSeconds(30));
        assertThat(active).hasSize(1);
        assertThat(active.get(0).expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(active.get(0).q()).isEqualTo(0.8f);
        assertThat(registry.purgeExpired(NOW.plusSeconds(120))).isZero();
    }

    @Test
    void refresh_with_a_shorter_expiry_shortens_the_binding() {
        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1)), NOW);

        registry.apply(bind(ALICE, contact("sip:a@1", 60, 1)), NOW);

        assertThat(registry.activeContacts(ALICE, NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void new_contact_is_added_beside_existing_ones() {
        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1)), NOW);
        registry.apply(bind(ALICE, contact("sip:b@2", 3600, 1)), NOW);

        assertThat(uris(registry.activeContacts(ALICE, NOW))).containsExactlyInAnyOrder("sip:a@1", "sip:b@2");
    }

    @Test
    void expires_zero_removes_only_that_contact() {
        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1), contact("sip:b@2", 3600, 1)), NOW);

        List<ContactBinding> left = registry.apply(new Registration(ALICE, List.of(), List.of("sip:a@1"), false), NOW);

        assertThat(uris(left)).containsExactly("sip:b@2");
        assertThat(uris(registry.activeContacts(ALICE, NOW))).containsExactly("sip:b@2");
    }

    @Test
    void contact_star_removes_every_contact_of_that_address_only() {
        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1), contact("sip:b@2", 3600, 1)), NOW);
        registry.apply(bind(BOB, contact("sip:bob@3", 3600, 1)), NOW);

        List<ContactBinding> left = registry.apply(Registration.removeAll(ALICE), NOW);

        assertThat(left).isEmpty();
        assertThat(registry.activeContacts(ALICE, NOW)).isEmpty();
        assertThat(uris(registry.activeContacts(BOB, NOW))).containsExactly("sip:bob@3");
    }

    @Test
    void purge_expired_counts_and_forgets_expired_bindings() {
        registry.apply(bind(ALICE, contact("sip:a@1", 60, 1), contact("sip:b@2", 3600, 1)), NOW);
        registry.apply(bind(BOB, contact("sip:bob@3", 30, 1)), NOW);

        int purged = registry.purgeExpired(NOW.plusSeconds(60));

        assertThat(purged).isEqualTo(2);
        assertThat(registry.purgeExpired(NOW.plusSeconds(60))).isZero();
        assertThat(uris(registry.activeContacts(ALICE, NOW))).containsExactly("sip:b@2");
        assertThat(registry.activeContacts(BOB, NOW)).isEmpty();
    }

    @Test
    void purge_with_nothing_expired_returns_zero() {
        registry.apply(bind(ALICE, contact("sip:a@1", 3600, 1)), NOW);

        assertThat(registry.purgeExpired(NOW)).isZero();
        assertThat(registry.activeContacts(ALICE, NOW)).hasSize(1);
    }
}
