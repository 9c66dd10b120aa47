package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationLimitsTest {
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
    private static final AddressOfRecord ALICE = AddressOfRecord.parse("sip:alice@ims.example.org", "ims.example.org");

    private static Registration binding(AddressOfRecord aor, ContactBinding contact) {
        return new Registration(aor, List.of(contact), List.of(), false);
    }

    private static ContactBinding contact(String uri, List<String> apps, List<String> path) {
        return new ContactBinding(uri, LATER, 1.0f, apps, path);
    }

    @Test
    void values_at_their_column_sizes_are_accepted() {
        String user = "u".repeat(RegistrationLimits.MAX_AOR_CHARS - "sip:@ims.example.org".length());
        AddressOfRecord longest = AddressOfRecord.parse("sip:" + user + "@ims.example.org", "ims.example.org");
        String contactUri = "sip:" + "c".repeat(RegistrationLimits.MAX_CONTACT_CHARS - 4);

        assertThatCode(() -> RegistrationLimits.check(binding(
                        longest, contact(contactUri, List.of("a".repeat(1024)), List.of("sip:" + "p".repeat(1020))))))
                .doesNotThrowAnyException();
    }

    @Test
    void an_address_of_record_over_512_characters_is_refused() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:" + "u".repeat(600) + "@ims.example.org", "ims.example.org");

        assertThatThrownBy(
                        () -> RegistrationLimits.check(binding(aor, contact("sip:t@192.0.2.1", List.of(), List.of()))))
                .isInstanceOf(RegistrationTooLongException.class)
                .hasMessageContaining("address of record")
                .hasMessageContaining("512");
    }

    @Test
    void an_address_of_record_over_512_characters_is_refused_in_a_remove_all_too() {
        AddressOfRecord aor = AddressOfRecord.parse("sip:" + "u".repeat(600) + "@ims.example.org", "ims.example.org");

        assertThatThrownBy(() -> RegistrationLimits.check(Registration.removeAll(aor)))
                .isInstanceOf(RegistrationTooLongException.class);
    }

    @Test
    void a_contact_over_1024_characters_is_refused() {
        String uri = "sip:" + "c".repeat(1100) + "@192.0.2.1";

        assertThatThrownBy(() -> RegistrationLimits.check(binding(ALICE, contact(uri, List.of(), List.of()))))
                .isInstanceOf(RegistrationTooLongException.class)
                .hasMessageContaining("Contact");
        assertThatThrownBy(() -> RegistrationLimits.check(new Registration(ALICE, List.of(), List.of(uri), false)))
                .isInstanceOf(RegistrationTooLongException.class);
    }

    @Test
    void a_feature_tag_over_1024_characters_is_refused() {
        List<String> apps = List.of("a".repeat(600), "b".repeat(600));

        assertThatThrownBy(() -> RegistrationLimits.check(binding(ALICE, contact("sip:t@192.0.2.1", apps, List.of()))))
                .isInstanceOf(RegistrationTooLongException.class)
                .hasMessageContaining("+g.oma.pusheventapp");
    }

    @Test
    void a_path_over_1024_characters_is_refused() {
        List<String> path = List.of("sip:" + "p".repeat(600), "sip:" + "q".repeat(600));

        assertThatThrownBy(() -> RegistrationLimits.check(binding(ALICE, contact("sip:t@192.0.2.1", List.of(), path))))
                .isInstanceOf(RegistrationTooLongException.class)
                .hasMessageContaining("Path");
    }

    @Test
    void more_than_32_contacts_in_one_register_are_refused() {
        List<ContactBinding> many = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            many.add(contact("sip:t" + i + "@192.0.2.1", List.of(), List.of()));
        }

        assertThatThrownBy(() -> RegistrationLimits.check(new Registration(ALICE, many, List.of(), false)))
                .isInstanceOf(RegistrationTooLongException.class);
    }
}
