package io.sipush.ppg.pushinitiator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushInitiatorTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void new_account_is_enabled_and_unrestricted() {
        PushInitiator pi = new PushInitiator("dm-server", "hash", CREATED);

        assertThat(pi.isEnabled()).isTrue();
        assertThat(pi.policy()).isEqualTo(PushInitiatorPolicy.UNRESTRICTED);
        assertThat(pi.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void policy_survives_its_stored_form() {
        PushInitiatorPolicy policy = new PushInitiatorPolicy(
                List.of("syncml.dm", "0x05"),
                List.of("plmn:+1555", "domain:ims.example.org", "regex:sip:[a-z,]+@x\\.org"),
                List.of("127.0.0.1", "10.0.0.0/8", "2001:db8::/32"),
                25,
                4096);
        PushInitiator pi = new PushInitiator("dm-server", "hash", CREATED, policy);

        assertThat(pi.policy()).isEqualTo(policy);
    }

    @Test
    void changed_policy_replaces_the_old_one() {
        PushInitiator pi = new PushInitiator(
                "dm-server",
                "hash",
                CREATED,
                new PushInitiatorPolicy(List.of("syncml.dm"), List.of(), List.of(), 1, 1));

        pi.changePolicy(PushInitiatorPolicy.UNRESTRICTED);

        assertThat(pi.policy()).isEqualTo(PushInitiatorPolicy.UNRESTRICTED);
    }

    @Test
    void password_hash_and_state_can_change() {
        PushInitiator pi = new PushInitiator("dm-server", "old", CREATED);

        pi.changePasswordHash("new");
        pi.enable(false);

        assertThat(pi.passwordHash()).isEqualTo("new");
        assertThat(pi.isEnabled()).isFalse();
    }
}
