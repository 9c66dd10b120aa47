package io.sipush.ppg.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactSelectionTest {
    private static final Instant T = Instant.parse("2026-11-01T12:00:00Z");
    private static final String DM = "syncml.dm";

    private static ContactBinding contact(String uri, float q, Instant expires, String... apps) {
        return new ContactBinding(uri, expires, q, List.of(apps));
    }

    @Test
    void no_contacts_give_no_choice() {
        assertThat(ContactSelection.best(List.of(), DM)).isEmpty();
    }

    @Test
    void contact_announcing_the_app_beats_untagged_and_other_app_contacts() {
        ContactBinding other = contact("sip:other@h", 1.0f, T, "mms.ua");
        ContactBinding untagged = contact("sip:plain@h", 1.0f, T);
        ContactBinding announcing = contact("sip:dm@h", 0.1f, T, DM);

        assertThat(ContactSelection.best(List.of(other, untagged, announcing), DM))
                .contains(announcing);
    }

    @Test
    void untagged_contact_beats_contact_announcing_only_other_apps() {
        ContactBinding other = contact("sip:other@h", 1.0f, T.plusSeconds(3600), "mms.ua");
        ContactBinding untagged = contact("sip:plain@h", 0.1f, T);

        assertThat(ContactSelection.best(List.of(other, untagged), DM)).contains(untagged);
    }

    @Test
    void contact_announcing_only_other_apps_is_used_when_nothing_better_exists() {
        ContactBinding other = contact("sip:other@h", 0.5f, T, "mms.ua");

        assertThat(ContactSelection.best(List.of(other), DM)).contains(other);
    }

    @Test
    void higher_q_wins_within_the_same_rank() {
        ContactBinding low = contact("sip:low@h", 0.3f, T.plusSeconds(3600), DM);
        ContactBinding high = contact("sip:high@h", 0.9f, T, DM);

        assertThat(ContactSelection.best(List.of(low, high), DM)).contains(high);
        assertThat(ContactSelection.best(List.of(high, low), DM)).contains(high);
    }

    @Test
    void later_expiry_breaks_a_q_tie() {
        ContactBinding soon = contact("sip:soon@h", 0.5f, T);
        ContactBinding late = contact("sip:late@h", 0.5f, T.plusSeconds(600));

        assertThat(ContactSelection.best(List.of(soon, late), DM)).contains(late);
    }
}
