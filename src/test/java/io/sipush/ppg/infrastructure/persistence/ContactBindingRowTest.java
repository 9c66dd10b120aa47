package io.sipush.ppg.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.terminal.ContactBinding;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactBindingRowTest {
    private static final Instant EXPIRES = Instant.parse("2026-11-01T13:00:00Z");
    private static final String AOR = "sip:alice@ims.example.org";

    @Test
    void path_of_the_register_is_read_back_in_order() {
        List<String> path = List.of("sip:pcscf.ims.example.org;lr", "sip:127.0.0.1:5070;transport=tcp;lr");
        ContactBinding binding =
                new ContactBinding("sip:alice@192.0.2.10:5070", EXPIRES, 0.5f, List.of("syncml.dm"), path);

        ContactBinding read = new ContactBindingRow(AOR, binding).toBinding();

        assertThat(read.path()).containsExactlyElementsOf(path);
        assertThat(read.pushApplicationIds()).containsExactly("syncml.dm");
    }

    @Test
    void contact_registered_without_path_reads_back_without_path() {
        ContactBinding binding = new ContactBinding("sip:alice@192.0.2.10:5070", EXPIRES, 1.0f, List.of());

        assertThat(new ContactBindingRow(AOR, binding).toBinding().path()).isEmpty();
    }

    @Test
    void reregistration_without_path_forgets_the_old_path() {
        ContactBindingRow row = new ContactBindingRow(
                AOR,
                new ContactBinding(
                        "sip:alice@192.0.2.10:5070", EXPIRES, 1.0f, List.of(), List.of("sip:core.example.org;lr")));

        row.update(new ContactBinding("sip:alice@192.0.2.10:5070", EXPIRES.plusSeconds(60), 1.0f, List.of()));

        assertThat(row.toBinding().path()).isEmpty();
    }
}
